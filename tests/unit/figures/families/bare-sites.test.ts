/**
 * Family 2: sites told only by where they are ("four locations", "three places", "several
 * spots"). Struck in a paragraph about harm to civilians, by a side that does not itself speak of
 * them, they are nobody's positions (`other`); the side that struck and speaks counts them
 * against the other side; attacked with no attacker in their clause, they are the side the
 * attack told of just before hit.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'hideouts struck are militants’ whoever tells of the strike',
    'The military said its jets struck nine hideouts in Paktika overnight.',
    9,
    { measure: 'targets', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'struck locations in a paragraph about dead civilians are other',
    'A Taliban spokesman said Pakistani jets bombed five locations in Khost province, killing women and children.',
    5,
    { measure: 'targets', subject: 'other' },
  ],
  [
    'civilian harm told in the next sentence of the paragraph',
    'Kabul officials said Pakistan hit four locations in Paktika. The strikes destroyed residential areas, they added.',
    4,
    { measure: 'targets', subject: 'other' },
  ],
  [
    'the outlet’s own account of drones striking locations where children were hurt',
    'Drones hit two locations in Quetta on Friday, wounding three children.',
    2,
    { measure: 'targets', subject: 'other' },
  ],
  [
    'locations attacked in a passive, after the attacker was named sentences before',
    'Islamabad said Afghan troops attacked its forces on two stretches of the frontier. The statement said 12 locations were attacked in Zhob. Troops repelled the raids, it said. Another wave of attacks hit 18 locations in Kurram, the minister said.',
    18,
    { measure: 'targets', subject: 'pakistani-forces' },
  ],
  [
    'spots of an assault told with "by" just before',
    'The army said its troops foiled an assault by the Afghan Taliban near Chaman. It said the raids took place at three separate spots before dawn.',
    3,
    { measure: 'targets', subject: 'pakistani-forces' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'hideouts a state’s forces are named with keep that side',
    'Islamabad said it struck nine Afghan Taliban hideouts in Paktika.',
    9,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    'the side that struck speaks: its tally is against the other side',
    'Pakistan’s information minister said the air force struck 40 locations across Afghanistan.',
    40,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    'the striking side’s own count stays against the other side even beside civilians',
    'The army said it struck 12 locations in Afghanistan and took care to spare civilians.',
    12,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    'a site of a named kind keeps its kind',
    'Kabul said Pakistani jets struck three military locations in Khost, killing two children.',
    3,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    'a ground attack on locations hits positions, even where civilians were hurt too',
    'Pakistani officials said Afghan forces attacked nine locations near Chaman, where two children were also hurt.',
    9,
    { measure: 'targets', subject: 'pakistani-forces' },
  ],
  [
    'an attack at locations by a named side, with no civilians, hits the other side',
    'The ISPR said Afghan forces launched attacks at six locations along the Kurram border.',
    6,
    { measure: 'targets', subject: 'pakistani-forces' },
  ],
];

describe('family 2: sites told only by where they are', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});
