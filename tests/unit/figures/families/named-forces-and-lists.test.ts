/**
 * Family: counts whose slots come from a force named as an institution ("members of the army"),
 * from the line they are listed in (a headline list before its verb, a list of one side's
 * losses), or from a paired loss noun. Sentences written for this test in the shapes real
 * reporting uses; negatives beside them.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a comma tail naming allies shares the verb after it',
    'Around 250 Taliban fighters, their allied militants killed: military spokesman',
    250,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a tail ending in a group word ("allied armed groups")',
    'Some 90 Afghan Taliban fighters, its allied armed groups killed in overnight raids',
    90,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a bare soldiers count listed after one side’s lost posts is that side’s',
    'Kabul says 14 Pakistani checkposts seized, 31 soldiers killed',
    31,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a force named after "of" gives the kind ("members of the … army")',
    'Officials said six members of the Afghan army died in the exchange of fire.',
    6,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'any people noun of a named corps',
    'Three officials of the Frontier Corps were hurt when shells landed near the gate.',
    3,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    '"army men" are a force’s people',
    'Four Pakistani army men were killed near the crossing, a local official said.',
    4,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'the Urdu word for martyrdom before "of"',
    'The military announced the shahadat of nine soldiers on Thursday.',
    9,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'deaths paired with injuries are casualties',
    'The mission recorded 57 civilian deaths and injuries in the eastern provinces of Afghanistan.',
    57,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'a place before the toll word is where, not whose',
    'Jets strike border districts in Afghanistan: toll climbs to 26',
    26,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'the former Afghan army and police by their acronyms',
    'Four ANA soldiers and two ABP officers died when the post came under fire from across the line.',
    4,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a bare count repeating the frame of the one before without its copula',
    'Of the wounded, eight are from Sarkano district, three from Dangam district.',
    3,
    { measure: 'wounded' },
  ],
  [
    'an attribution set off by commas between the count and its passive verb',
    'At least 19 villagers, district officials said, were killed in the shelling.',
    19,
    { measure: 'killed' },
  ],
  [
    'the same aside between dashes',
    'Some 14 porters \u2014 a customs official said \u2014 were wounded at the gate.',
    14,
    { measure: 'wounded' },
  ],
  [
    '"still" between the copula and the harm word',
    'Six soldiers are still missing after the night raid, the army said.',
    6,
    { measure: 'missing' },
  ],
];

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('family: named forces and listed counts', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a comma tail with no verb after it stays out of the count', () => {
    const f = figureWith('The governor met 30 elders, tribal chiefs and clerics at the jirga.', 30);
    expect(f?.measure).toBe('other');
  });

  it('members of a household are not a force', () => {
    const f = figureWith('Six members of one household were killed in the shelling.', 6);
    expect(f?.subject).not.toMatch(/forces/);
  });

  it('members of an armed group are militants', () => {
    expectFigure('Eleven members of an armed group were killed in the raid.', 11, {
      subject: 'militants',
    });
  });

  it('soldiers listed after the other party’s fighters are still the other army', () => {
    expectFigure('Officials say 140 Taliban killed, 12 soldiers dead in two days of fighting', 12, {
      subject: 'pakistani-forces',
    });
  });

  it('deaths and injuries counted apart stay apart', () => {
    const text = 'The hospital reported 12 deaths and 30 injuries after the shelling.';
    expect(figureWith(text, 12)?.measure).toBe('killed');
    expect(figureWith(text, 30)?.measure).toBe('wounded');
  });

  it('the size of a set named by rank is no figure', () => {
    expect(
      extractFigures('Trucks queued at one of the two main crossings into the valley.'),
    ).toEqual([]);
  });

  it('sites taken by rank are still counted', () => {
    expectFigure('Troops overran the two main posts on the ridge, the army said.', 2, {
      measure: 'posts',
    });
  });

  it('nights before "ago" date an event, like days', () => {
    expect(values('The raid three nights ago killed six people.')).toEqual([6]);
  });

  it('nights that say how long something lasted are still counted', () => {
    expect(values('The shelling went on for three nights.')).toEqual([3]);
  });

  it('a bare count after a frame about something else borrows nothing', () => {
    const f = figureWith('Of the wounded, eight are from Sarkano, as 40 from the town fled.', 40);
    expect(f?.measure).toBe('other');
  });

  it('an attribution aside followed by no harm verb gives no measure', () => {
    const f = figureWith('About 60 elders, the governor said, were invited to the jirga.', 60);
    expect(f?.measure).toBe('other');
  });

  it('a side before the toll word still owns the toll', () => {
    expectFigure('The Afghan losses stood at 13, the ministry said.', 13, {
      subject: 'afghan-forces',
    });
  });
});
