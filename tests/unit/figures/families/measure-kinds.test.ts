/**
 * What is counted decides the measure before the verb does: equipment is
 * `other`, a base or headquarters struck is a target and one taken on the
 * ground a post, and a count that says it continues another ("nine more")
 * keeps that count's noun.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'seized weapons are no prisoners',
    'A Taliban spokesman said a number of rifles and several weapons were seized during the raid.',
    3,
    { measure: 'other', subject: 'other', upper: 9 },
  ],
  [
    'a single destroyed tank is still counted',
    'The statement said one tank was destroyed near the crossing.',
    1,
    { measure: 'other', subject: 'other' },
  ],
  [
    'equipment listed beside posts is not a post',
    'Pakistani troops destroyed eleven Afghan posts, including three tanks, killing up to 20 fighters.',
    3,
    { measure: 'other' },
  ],
  [
    'an active participle after the comma starts its own clause',
    'Pakistani troops destroyed eleven Afghan posts, killing up to 20 fighters.',
    11,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'a base struck from the air is a target',
    'Jets hit two ammunition depots and one supply base, the information minister said.',
    1,
    { measure: 'targets' },
  ],
  [
    'a base taken on the ground is a post',
    'Afghan fighters said they had overrun the border area, capturing three bases along with 14 posts.',
    3,
    { measure: 'posts' },
  ],
  [
    'a headquarters captured with outposts is a post',
    'Mujahid said one headquarters and twelve outposts had been captured by his forces.',
    1,
    { measure: 'posts', claimant: 'afghanistan' },
  ],
  [
    'struck sites at named spots are targets',
    'The army said its aircraft bombed hideouts at five separate spots near the border.',
    5,
    { measure: 'targets' },
  ],
  [
    'operational centres of a group are targets',
    'Officials said the raids destroyed three operational centres run by the TTP.',
    3,
    { measure: 'targets', subject: 'militants' },
  ],
  [
    '"seven more" after a longer gap keeps the noun of the count it continues',
    'The operation resulted in the destruction of 26 Afghan posts, together with the capture of seven more.',
    7,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    '"the loss of" soldiers counts the dead',
    'The clash led to the loss of 14 soldiers at the crossing, the army said.',
    14,
    { measure: 'killed' },
  ],
  [
    'bodies of women and children brought to a hospital are dead',
    'Doctors said eleven bodies of women and children reached the district hospital.',
    11,
    { measure: 'killed' },
  ],
  [
    'bodies a hospital received are dead',
    'The clinic in Khost said it was receiving six bodies after the shelling.',
    6,
    { measure: 'killed' },
  ],
  [
    'bodies left behind by fleeing fighters are dead',
    'The attackers withdrew, leaving behind seven bodies near the post.',
    7,
    { measure: 'killed' },
  ],
  [
    'negative: bodies one side hands to the other stay bodies',
    'Kabul handed over the bodies of eight soldiers at the crossing.',
    8,
    { measure: 'bodies' },
  ],
  [
    'negative: bodies a side says it captured stay bodies',
    'The Taliban spokesman said his fighters had taken 12 bodies from the overrun post.',
    12,
    { measure: 'bodies' },
  ],
  [
    'a determiner between "the bodies of" and the count',
    'Kabul said the bodies of the 19 soldiers would be handed back at the crossing.',
    19,
    { measure: 'bodies' },
  ],
  [
    'soldiers "taken alive" are captured',
    'Mujahid said 6 Pakistani soldiers were taken alive during the raid.',
    6,
    { measure: 'captured', subject: 'pakistani-forces' },
  ],
];

describe('what is counted fixes the measure', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a person is still killed when the verb says so', () => {
    expect(figureWith('Officials said one soldier was killed at the post.', 1)?.measure).not.toBe(
      'other',
    );
  });

  it('a lone "one" before a person is an article, not a count', () => {
    expect(figureWith('One villager said the strike came at night.', 1)).toBeUndefined();
  });

  it('"nine more" in a new clause with a new speaker does not borrow the noun', () => {
    const f = figureWith(
      'The army destroyed 30 posts in the north, while the Taliban later said they had killed nine more.',
      9,
    );
    expect(f?.measure).toBe('killed');
  });

  it('a verb of an earlier figure does not reach past "and that"', () => {
    const f = figureWith(
      'The UN said 30 civilians were killed and 210 wounded, and that 8,000 families had left.',
      8000,
    );
    expect(f?.measure).toBe('other');
  });

  it('posts captured stay posts', () => {
    expect(figureWith('Afghan forces captured 19 posts overnight.', 19)?.measure).toBe('posts');
  });
});
