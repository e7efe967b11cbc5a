import { describe, expect, it } from 'vitest';
import { talibanMeansTtp } from '../../../lib/coverage/taliban-means-ttp';

describe('which Taliban a bare "Taliban" means', () => {
  it.each([
    [
      'the page names the TTP and never the Taliban as rulers',
      'The Pakistani Taliban claimed the raid. The Taliban said it was revenge.',
      true,
      true,
    ],
    [
      "no TTP on the page: the Taliban are Afghanistan's",
      'The Taliban said their forces hit Pakistani posts.',
      false,
      false,
    ],
    [
      '"Afghan Taliban" qualifies them',
      'The TTP shelters with the Afghan Taliban, officials said. The Taliban deny it.',
      true,
      false,
    ],
    [
      'their government qualifies them',
      "Islamabad blames the TTP. The Taliban's government in Kabul rejects that.",
      true,
      false,
    ],
    [
      'the Islamic Emirate qualifies them',
      'The TTP attacked a post. The Islamic Emirate denied any role; the Taliban said so twice.',
      true,
      false,
    ],
    [
      'the Taliban who took power',
      'Attacks by the TTP have risen since the Taliban took power.',
      true,
      false,
    ],
    ['a Taliban-led administration', 'The TTP is based in Taliban-ruled Afghanistan.', true, false],
  ])('%s', (_name, text, ttpNamed, expected) => {
    expect(talibanMeansTtp(text, ttpNamed)).toBe(expected);
  });
});
