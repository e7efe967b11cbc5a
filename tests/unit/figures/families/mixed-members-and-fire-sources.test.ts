/**
 * Family 2: members of both kinds after a count's own verb ("19 were hurt including seven
 * children and three FC personnel") make it a mixed group (`people`); the Frontier Corps is a
 * force; a place a village borders, or the side fire came from ("shells fired from the Afghan
 * side"), is not where the harmed were.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'members of both kinds after the count’s verb make people',
    'Five civilians died while 19 were hurt including seven children and three soldiers in the shelling.',
    19,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'members of both kinds after a comma, with a borrowed noun',
    'Six civilians were killed and 14 were wounded, including two women and five policemen.',
    14,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'the Frontier Corps is a force of Pakistan',
    'Officials said nine Frontier Corps personnel were wounded near the Chaman gate.',
    9,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'a village bordering a country is not in it; fire from a side is where it came from',
    'Police said a rocket fired from the Afghan side hit a home in a hamlet bordering Afghanistan, wounding four girls.',
    4,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'members of one kind keep the group’s kind',
    'Five civilians died while 19 were hurt including seven children and three women in Chaman.',
    19,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
  [
    'troops "from the Pakistani side" are that side’s troops',
    'Seven troops from the Pakistani side were wounded in the exchange.',
    7,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'a place inside a country still places the harmed',
    'Police said a rocket hit a home in a hamlet in Kunar, Afghanistan, wounding four girls.',
    4,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
];

describe('family 2: mixed members, the Frontier Corps and where fire came from', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});
