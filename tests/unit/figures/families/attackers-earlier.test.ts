/** Family: "attackers" point back to the attack the sentences just before describe. */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith } from './family-table';

describe('family: attackers named in an earlier sentence', () => {
  it('Afghan forces that attacked two sentences earlier are the attackers', () =>
    expectFigure(
      'Afghan Taliban units attacked checkposts near Chaman overnight. Officials said the raid was beaten back. They added that 9 attackers were wounded.',
      9,
      { measure: 'wounded', subject: 'afghan-forces' },
    ));

  it('an attack noun right after their name counts too', () =>
    expectFigure(
      'Taliban assaults on the Kurram posts began at dusk. The army said 14 attackers died.',
      14,
      { measure: 'killed', subject: 'afghan-forces' },
    ));

  it('attackers met at a place on the Afghan side are the Afghan forces', () =>
    expectFigure(
      "Pakistan's army said it beat back raids and killed 11 to 16 attackers in Kandahar province.",
      11,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ));

  it('negative: attackers met at a place in Pakistan stay militants', () => {
    const f = figureWith('The army said troops killed 8 attackers near Bannu.', 8);
    expect(f?.subject).toBe('militants');
  });

  it('negative: a named militant group keeps them militants', () => {
    const f = figureWith(
      'TTP fighters stormed a police station in Bannu. The army said 7 attackers were killed.',
      7,
    );
    expect(f?.subject).toBe('militants');
  });

  it('negative: naming the Taliban without an attack of theirs is background', () => {
    const f = figureWith(
      'The Taliban government condemned the bombing. Police said 7 attackers were killed in Bannu.',
      7,
    );
    expect(f?.subject).toBe('militants');
  });
});
