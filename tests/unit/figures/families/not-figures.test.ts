/** Family 5: years, dates, clock times, relative dates and ages are not figures; durations and counts are. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('family 5: not figures', () => {
  it.each([
    ['a year after "since"', 'The line has been disputed since 1893 by Kabul.', 1893],
    ['a year in a sentence', 'The border was drawn in 1893 and never accepted.', 1893],
    ['a relative date with "ago"', 'The crossing closed three days ago.', 3],
    ['a relative date with "later"', 'Sixteen days later the talks resumed.', 16],
    ['a relative date with "earlier"', 'Two weeks earlier the envoys had met.', 2],
    ['an age inside a name', 'The 133-year-old line divides Pashtun lands.', 133],
    ['a numeric date', 'Islamabad, 2025-10-15: the army spoke.', 15],
    ['a clock time', 'The truce began at 5.30 pm on Wednesday.', 5.3],
    ['a day of a month', 'The truce began on 19 October.', 19],
    [
      'the two parties after adjectives',
      'Talks between the two South Asian neighbours stalled.',
      2,
    ],
    ['the two parties as an adjective', 'Ties between the two neighbouring states soured.', 2],
    [
      'the second day of a span after "between"',
      'Talks held between March 3 and 18 broke down.',
      18,
    ],
    ['a day of a Hijri month', 'Prayers resumed on 21 Ramadan after the shelling.', 21],
    ['a Hijri month named by its first word', 'The talks opened on 4 Rabi ul Awwal in Doha.', 4],
    ['a day of a solar month', 'The crossing shut on 9 Mizan, traders said.', 9],
    ['a Hijri year by its era', 'The decree is dated 1446 AH by the ministry.', 1446],
    ['a solar year by its era', 'The plan for 1404 SH was approved in Kabul.', 1404],
    [
      'the second day of a listed date before a preposition',
      'Shelling was heard on May 4 and 5 along the Kurram border.',
      5,
    ],
    ['the first day of a listed date', 'Talks on 14 and 15 June ended without a deal.', 14],
    ['a note mark glued to a word', 'The truce was signed[4] in Doha on Sunday.', 4],
    ['a note mark glued to a harm verb', 'Nine guards were killed[7] at the gate.', 7],
    ['a story number after "No:"', 'Category: Politics\nNo: 48213\nShelling hit Kunar.', 48213],
    ['a long unbroken digit run', 'Ad unit ca-pub-4412098877361025 loaded.', 4412098877361025],
    ['a long number in a lower-case code', 'The request id-482213 was logged.', 482213],
    ['a dozen digits in one run', 'window.init({ appId: "300412998172" });', 300412998172],
  ])('%s', (_name, text, value) => {
    expect(values(text)).not.toContain(value);
  });

  it.each([
    [
      'a count beside a name that is also a month in another calendar',
      'Officials said 14 Hamal residents and 6 guards were hurt.',
      6,
    ],
    ['a count after a Hijri date', 'On 21 Ramadan, 17 people were killed in the raid.', 17],
    [
      'a count after a listed date, before a preposition',
      'On May 4 and 5 in Kurram, 16 villagers were wounded.',
      16,
    ],
    ['a count joined to a count, not to a day', 'Clinics treated 4 and 9 patients on Monday.', 4],
    ['a bracketed count apart from the word', 'The toll [12] was revised by officials.', 12],
    [
      'a long unbroken number outside a code',
      'The fund holds 35000000000 rupees for relief.',
      35000000000,
    ],
    ['a short number after a lower-case hyphen', 'The covid-19 ward took 12 patients.', 12],
    ['a truce duration', 'The two sides agreed a 48-hour truce.', 48],
    ['two more states join the parties', 'Two other regional states joined the talks.', 2],
    [
      'a duration followed by "after"',
      'The firing lasted for three hours after the guards crossed the line.',
      3,
    ],
    ['a vague duration', 'Shelling went on for several hours near the crossing.', 3],
    ['a duration in days', 'The fighting lasted four days.', 4],
    ['a distance', 'The border runs 2,640 km through the mountains.', 2640],
    ['a range of counts after "between"', 'Between 14 and 18 soldiers died on March 3.', 14],
    ['a count with a four-digit value and a qualifier', 'Some 1850 troops were moved up.', 1850],
  ])('negative: %s stays a figure', (_name, text, value) => {
    expect(values(text)).toContain(value);
  });
});
