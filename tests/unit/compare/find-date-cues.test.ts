import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findDateCues,
  findMonthDays,
  findNamedMonths,
  latestYearNamed,
} from '../../../lib/compare/find-date-cues';
import { dayIso, isoDay, weekday } from '../../../lib/compare/iso-day';

const FRI = isoDay('2026-02-27')!; // a Friday

describe('findDateCues resolves day cues against publication', () => {
  it('knows 27 February 2026 was a Friday', () => {
    expect(weekday(FRI)).toBe(5);
  });

  it.each([
    ['Afghan forces attacked on Thursday.', '2026-02-26'],
    ['Jets struck Kabul on Friday night.', '2026-02-27'],
    ['Strikes continued Friday.', '2026-02-27'],
    ['The ministry spoke yesterday.', '2026-02-26'],
    ['Officials said today that talks were possible.', '2026-02-27'],
    ['The raids began last Saturday.', '2026-02-21'],
    ['It followed air strikes last weekend.', '2026-02-21'],
    ['Shelling started last Friday.', '2026-02-20'],
    ['Fighting broke out on October 11.', '2025-10-11'],
    ['Fighting broke out on Oct. 11.', '2025-10-11'],
    ['The war began on 26 February.', '2026-02-26'],
    ['The war began on 26th February 2026.', '2026-02-26'],
    ['The deal was signed on October 19, 2025 in Doha.', '2025-10-19'],
  ])('%s → %s', (text, iso) => {
    const cues = findDateCues(text, FRI);
    expect(cues.map((c) => dayIso(c.day))).toEqual([iso]);
    const c = cues[0]!;
    expect(text.slice(c.start, c.end).length).toBeGreaterThan(0);
  });

  it.each([
    'Talks will resume next Monday.',
    'The delegations meet again this Saturday.',
    'Officials may 12 times have said so.',
    'Since 2021 the Taliban have ruled Kabul.',
    'A 48-hour ceasefire held.',
  ])('finds no day in %s', (text) => {
    expect(findDateCues(text, FRI)).toEqual([]);
  });

  it('marks "last weekend" and "last week" as background', () => {
    const cues = findDateCues(
      'After strikes last weekend and talks last week, fighting began on Thursday.',
      FRI,
    );
    expect(cues.map((c) => c.background)).toEqual([true, true, false]);
  });

  it('needs a year for a month-day when the publication date is unknown', () => {
    expect(findDateCues('It began on October 11.', null)).toEqual([]);
    expect(findDateCues('It began on October 11, 2025.', null).map((c) => dayIso(c.day))).toEqual([
      '2025-10-11',
    ]);
  });

  it('a month-day after publication belongs to the previous year', () => {
    const jan = isoDay('2026-01-05')!;
    expect(findDateCues('Clashes erupted on 12 October.', jan).map((c) => dayIso(c.day))).toEqual([
      '2025-10-12',
    ]);
  });

  it('never throws, never resolves a weekday after publication, offsets valid', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 19000, max: 22000 }),
        (s, pub) => {
          const text = `${s} on Thursday ${s}`;
          for (const c of findDateCues(text, pub)) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(c.start).toBeLessThan(c.end);
          }
          const thu = findDateCues('on Thursday', pub)[0]!;
          expect(thu.day).toBeLessThanOrEqual(pub);
          expect(pub - thu.day).toBeLessThan(7);
        },
      ),
    );
  });
});

describe('a day that the news answers is background', () => {
  const THU = isoDay('2026-02-26')!;
  it.each([
    ['Afghan forces shelled posts in response to the strikes on February 22.', true],
    ['Kabul hit back in retaliation for air raids on Sunday.', true],
    ['The fighting began two days after explosions in Kabul on Monday.', true],
    ['Afghan forces shelled posts on Thursday.', false],
    ['Pakistan struck on Sunday. In response, Kabul shelled posts.', false],
  ])('%s → background %s', (text, background) => {
    const cues = findDateCues(text, THU);
    expect(cues).toHaveLength(1);
    expect(cues[0]!.background).toBe(background);
  });
});

describe('findMonthDays finds month-days written without a year', () => {
  it.each([
    ['Jets struck on the night of December 24.', [[12, 24]]],
    [
      'Talks resume on Oct. 25 and again on 3 November.',
      [
        [10, 25],
        [11, 3],
      ],
    ],
    ['It began on the 12th of March.', [[3, 12]]],
  ])('%s', (text, expected) => {
    expect(findMonthDays(text).map((c) => [c.month, c.day])).toEqual(expected);
  });

  it.each([
    'Fighting broke out on October 11, 2025.',
    'Officials may 12 times have said so.',
    'The war began in May.',
    'On October 40 nothing happened.',
  ])('finds none in %s', (text) => {
    expect(findMonthDays(text)).toEqual([]);
  });
});

describe('day cues after "since" mark the first day of a running episode', () => {
  it.each<[string, boolean]>([
    ['Gunfights since Sunday have killed two.', true],
    ['The crossing has been shut since October 12.', true],
    ['Gunfights on Sunday killed two.', false],
  ])('%s → since %s', (text, since) => {
    const cues = findDateCues(text, isoDay('2025-10-16'));
    expect(cues).toHaveLength(1);
    expect(cues[0]!.since).toBe(since);
  });

  it.each<[string, boolean]>([
    ['The army said on Sunday that posts were hit.', true],
    ['A spokesman told reporters Monday the border was calm.', true],
    ['Posts were hit on Sunday, the army said.', false],
  ])('%s → reporting %s', (text, reporting) => {
    const cues = findDateCues(text, isoDay('2025-10-16'));
    expect(cues).toHaveLength(1);
    expect(cues[0]!.reporting).toBe(reporting);
  });

  it('an undated month-day after "in response to" is background', () => {
    expect(
      findMonthDays('They struck back in response to the raids on October 9.')[0]!.background,
    ).toBe(true);
    expect(findMonthDays('They struck on October 9.')[0]!.background).toBe(false);
  });
});

describe('findNamedMonths finds months named without a day', () => {
  it.each<[string, [number, number | null][]]>([
    ['Clashes have flared since late February.', [[2, null]]],
    ['The round that began in late February 2026 went on.', [[2, 2026]]],
    [
      'In October, and again in March, the crossing shut.',
      [
        [10, null],
        [3, null],
      ],
    ],
    ['Prices rose in May 2025.', [[5, 2025]]],
  ])('%s', (text, expected) => {
    expect(findNamedMonths(text).map((c) => [c.month, c.year])).toEqual(expected);
  });

  it.each([
    'Fighting broke out on October 11.',
    'Jets struck on 27 February and again on the 3rd of March.',
    'Officials may yet agree.',
    'The war began in May.',
    'Talks resume in oct.',
  ])('finds none in %s', (text) => {
    expect(findNamedMonths(text)).toEqual([]);
  });
});

describe('latestYearNamed', () => {
  it.each<[string, number | null]>([
    ['Attacks have risen since 2021; in 2025 alone they doubled.', 2025],
    ['The UN counted deaths in the first quarter of 2026.', 2026],
    ['More than 2,026 people fled.', null],
    ['Published 2026-02-27 at noon.', null],
    ['No year at all here.', null],
  ])('%s → %s', (text, year) => {
    expect(latestYearNamed(text)).toBe(year);
  });
});
