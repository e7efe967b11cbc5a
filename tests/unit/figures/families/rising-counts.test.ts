/**
 * A running count stated as the complement of a verb of rising or standing:
 * "civilian casualties rose to 146", "deaths have reached 56". The loss noun
 * heading the subject says what the number counts, and the words before it
 * whose losses they are. Beside them, counts after the same verbs whose
 * subject is no loss ("the number of trucks … rose to 200").
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a two-word toll heading a long subject',
    'The death toll from the night raids on villages in the southern districts of Barmal and Gayan has climbed to at least 36.',
    36,
    { measure: 'killed' },
  ],
  [
    'a loss noun with a thing in its modifier before the verb',
    'The number of deaths from the drone strikes in Paktika has increased to 27.',
    27,
    { measure: 'killed' },
  ],
  [
    'civilian casualties rose to',
    'Civilian casualties in Afghanistan rose to 146, the UN mission said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'the number of casualties has reached',
    'The number of civilian casualties in Afghanistan has reached 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'casualties numbered at least',
    'Civilian casualties from the cross-border strikes in Afghanistan numbered at least 40, according to the UN.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians', qualifier: 'at-least' },
  ],
  [
    'deaths climbed to',
    'Civilian deaths in Kunar climbed to 19 by Sunday, provincial officials said.',
    19,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a party’s fatalities have reached',
    'Pakistani fatalities have reached 23, the military said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'injuries stood at',
    'Injuries among residents of Chaman stood at 31 on Monday evening.',
    31,
    { measure: 'wounded' },
  ],
  [
    'killed and wounded together rose to',
    'The killed and wounded in the border town rose to 60 after the night of shelling.',
    60,
    { measure: 'casualties' },
  ],
  [
    'a loss noun with "hit" is no target',
    'Afghan casualties hit 40, Pakistani security sources said.',
    40,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'a loss put at a figure',
    'UNAMA put civilian casualties in Afghanistan at 146.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'deaths estimated at a figure',
    'UNAMA estimated civilian deaths in Afghanistan at 56.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'casualties totalling',
    'UNAMA reported civilian casualties totalling 146 in Afghanistan.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'casualties of a figure',
    'UNAMA reported civilian casualties of 146 in Afghanistan.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'a colon after the loss',
    'Civilian casualties: 146 (42 killed, 104 injured)',
    146,
    { measure: 'casualties', subject: 'civilians' },
  ],
  [
    'the casualties included',
    'In Khost, the casualties included 10 civilians.',
    10,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'a copula sets the count',
    'The number of civilian casualties in Afghanistan is 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'an adverb between the copula and "at"',
    'Civilian casualties in Afghanistan are now at 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'a new strike brings the loss to a count',
    'That brings civilian casualties in Afghanistan to 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'a loss noun as the predicate of the counted group',
    'In total, 146 Afghan civilians were casualties of the strikes.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'a toll with a place modifier holding a count of its own',
    'The toll on the two sides had climbed to 64 by Sunday, figures from Kabul showed.',
    64,
    { measure: 'killed' },
  ],
  [
    'a bare "the number" goes on with the loss told just before',
    'Kabul said 40 fighters were killed in the raids, and by nightfall the number had risen to 52.',
    52,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a bare "the figure" in the next sentence',
    'Officials in Chaman said 11 residents were wounded. By evening the figure had climbed to 17.',
    17,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
  [
    'a nationality in the words before a bare count places civilians',
    'It was the deadliest day for Afghan civilians, with 56 killed across three provinces.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
];

describe('running counts after a verb of rising', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a loss noun inside a modifier does not make the count a loss', () => {
    expect(
      figureWith('The number of trucks crossing after the deaths rose to 200.', 200)?.measure,
    ).toBe('other');
  });

  it("a count inside the toll's own modifier counts something else", () => {
    expect(figureWith('The death toll in the three provinces reached 58.', 3)?.measure).toBe(
      'other',
    );
    expect(figureWith('The death toll across the two districts rose to 19.', 2)?.measure).toBe(
      'other',
    );
  });

  it('a bare "the number" with no loss before it, or after another kind of count, reads nothing', () => {
    expect(figureWith('The number rose to 40 by Monday.', 40)?.measure).toBe('other');
    expect(
      figureWith('Some 300 trucks waited at Torkham, and later the number rose to 450.', 450)
        ?.measure,
    ).toBe('other');
    expect(
      figureWith(
        'Officials said 12 soldiers were killed. The number of trucks waiting rose to 400.',
        400,
      )?.measure,
    ).toBe('other');
  });

  it('a rise of something else stays other', () => {
    expect(figureWith('Food prices in Kabul rose to 40 afghanis a kilo.', 40)?.measure).toBe(
      'other',
    );
    expect(figureWith('The number of families displaced reached 3,000.', 3000)?.measure).toBe(
      'other',
    );
  });

  it('"put … at" with no loss between is no loss', () => {
    expect(
      figureWith('Officials estimated the damage at 200 million rupees.', 200000000)?.measure,
    ).toBe('other');
    expect(figureWith('The army put the soldiers at 12 posts along the border.', 12)?.measure).toBe(
      'posts',
    );
  });

  it('"brings … to" with no loss between is no loss', () => {
    expect(
      figureWith('The new crossing brings the number of trucks to 900 a day.', 900)?.measure,
    ).toBe('other');
  });

  it('a copula after a word of no loss reads nothing', () => {
    expect(figureWith('The distance to the border is 40 kilometres.', 40)?.measure).toBe('other');
  });

  it('a bracket after a loss sets the count', () =>
    expectFigure('UNAMA recorded civilian casualties (146) in Afghanistan.', 146, {
      measure: 'casualties',
      subject: 'afghan-civilians',
    }));

  it('a table cell after a loss sets the count', () =>
    expectFigure('| Civilians killed | 42 |', 42, { measure: 'killed' }));

  it('a bracket or a cell after a place or a word of no loss reads nothing', () => {
    expect(figureWith('He visited Kunar (12 districts).', 12)?.measure).toBe('other');
    expect(figureWith('| Kunar | 12 |', 12)?.measure).toBe('other');
  });

  it('a colon after a word of no loss reads nothing', () => {
    expect(figureWith('Ceasefire talks: 3 rounds', 3)?.measure).toBe('other');
  });

  it('a verb of rising with no loss before it reads nothing', () => {
    expect(
      figureWith('Trade through Torkham rose to 900 trucks a day before the closure.', 900)
        ?.measure,
    ).toBe('other');
  });
});

describe('a thing at the head of a rising count', () => {
  it('counts the thing, not a loss', () => {
    expect(figureWith('The number of trucks stranded at Torkham rose to 400.', 400)?.measure).toBe(
      'other',
    );
  });
});
