import { describe, expect, it } from 'vitest';
import { talibanAreInsurgents, talibanMeansTtp } from '../../../lib/coverage/taliban-means-ttp';

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
      'named beside the militants as a second party',
      'The army said it struck Taliban forces and affiliated khawarij across the border. The TTP has not commented.',
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

describe("the Taliban as the republic's insurgents", () => {
  it.each([
    [
      'at war with the government',
      'The Taliban have been fighting the government for years.',
      true,
    ],
    [
      'talks with the government',
      'Talks between the Afghan Taliban and the government resumed.',
      true,
    ],
    [
      'beside the republic army',
      'The Afghan National Army pushed the Taliban out of the town.',
      true,
    ],
    ['their Haqqani network', 'Officials blamed the Haqqani network for the bombing.', true],
    ['beside the coalition', 'NATO-led forces said the Taliban lost a commander.', true],
    [
      'the republic’s forces retaking a town from them',
      'Afghan forces fought to retake the border town from the Taliban on Friday.',
      true,
    ],
    [
      'the republic’s forces clashing with them, a bracketed date between',
      'Government troops battled Saturday (May 3) against Taliban units near Kandahar.',
      true,
    ],
    [
      'a page of the Taliban in power, however it recalls the war',
      'The Taliban took power in 2021 after fighting the government; their Afghan National Army rivals fled.',
      false,
    ],
    [
      'only "Afghan Taliban", no war with a government',
      'Afghan Taliban forces hit Pakistani posts.',
      false,
    ],
    ['the Taliban government', 'The Taliban government said its forces hit back.', false],
    [
      'Afghan forces of the Taliban government',
      'Afghan forces clashed with Pakistani troops, the Taliban government said.',
      false,
    ],
  ])('%s', (_name, text, expected) => {
    expect(talibanAreInsurgents(text)).toBe(expected);
  });
});
