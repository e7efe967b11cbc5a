/**
 * Family: counts whose slots come from the line they are listed in (a headline list before its
 * verb, a place frame repeated without its copula), from an aside or adverb between a count and
 * its verb, from a force's acronym, and numbers that are page furniture or a set's size rather
 * than a count. Sentences written for this test in the shapes real reporting uses; negatives
 * beside them.
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
    'the Urdu word for martyrdom before "of"',
    'The military announced the shahadat of nine soldiers on Thursday.',
    9,
    { measure: 'killed', subject: 'pakistani-forces' },
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
  [
    'scare quotes around the verb after its auxiliary',
    'The spokesman said seven border guards were \u201cmartyred\u201d in the night attack.',
    7,
    { measure: 'killed' },
  ],
  [
    'a bracketed gloss between a loss noun and "of"',
    'The clash led to the shahadat (martyrdom) of three soldiers, the army said.',
    3,
    { measure: 'killed' },
  ],
  [
    'the deceased as the subject of "included", past a short predicate',
    'Officials said the deceased were farmers and included 14 people from one clan.',
    14,
    { measure: 'killed' },
  ],
  [
    'an affiliate adjective whose noun is left out, before the shared verb',
    'The statement said more than 90 Taliban and affiliated were killed overnight.',
    90,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a participial aside before a verb that takes no object',
    'Three guards, having held the gate for hours, embraced martyrdom at dawn.',
    3,
    { measure: 'killed' },
  ],
  [
    'a harm verb before a count is not undone by a second clause after "and a …"',
    'Jets bombed a village that officials say killed six children and a man and flattened a mosque.',
    6,
    { measure: 'killed' },
  ],
];

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('family: named forces and listed counts', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a comma tail with no verb after it stays out of the count', () => {
    const f = figureWith('The governor met 30 elders, tribal chiefs and clerics at the jirga.', 30);
    expect(f?.measure).toBe('other');
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

  it('quotes after an auxiliary around a word that is no harm verb give no measure', () => {
    const f = figureWith('Some 30 elders were \u201cinvited\u201d to the talks.', 30);
    expect(f?.measure).toBe('other');
  });

  it('a bracketed aside before "of" that names no loss gives no measure', () => {
    const f = figureWith('The governor spoke (at length) of 12 villages.', 12);
    expect(f?.measure).toBe('other');
  });

  it('"included" after a subject that names no loss gives no measure', () => {
    const f = figureWith('The delegation was large and included 14 tribal elders.', 14);
    expect(f?.measure).toBe('other');
  });

  it('an affiliate adjective followed by no verb stays out of the count', () => {
    const f = figureWith('Envoys met 90 Taliban and affiliated clerics in Doha.', 90);
    expect(f?.measure).toBe('other');
  });

  it('an aside before an active harm verb leaves the group as the agent', () => {
    const f = figureWith('Three guards, having held the gate, killed two raiders.', 3);
    expect(f?.measure).toBe('other');
  });

  it('a group and one more person still share the passive verb after them', () => {
    expectFigure('Six soldiers and a cook were wounded in the shelling.', 6, {
      measure: 'wounded',
    });
  });

  it('an attribution aside followed by no harm verb gives no measure', () => {
    const f = figureWith('About 60 elders, the governor said, were invited to the jirga.', 60);
    expect(f?.measure).toBe('other');
  });
});
