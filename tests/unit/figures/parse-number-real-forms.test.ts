import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../lib/figures/parse-number';

/** [text, the figures read as "value" or "value-upper qualifier"] */
type Row = [text: string, read: string[]];

const read = (text: string): string[] =>
  findNumbers(text).map(
    (n) =>
      `${n.value}${n.upper !== null ? `-${n.upper}` : ''} ${n.qualifier}${n.unit ? ` ${n.unit}` : ''}`,
  );

// Each block pairs sentences that must be read with look-alikes that are not counts.
describe('number forms seen in real reporting', () => {
  it.each<Row>([
    // "between … to …" is a common mix of "between … and …" and "from … to …"
    ['guards shot dead between 12 to 18 raiders', ['12-18 range']],
    ['between 12 and 18 raiders were shot', ['12-18 range']],
    ['the toll rose from 12 to 18', ['12 exact', '18 exact']],
    // a bound word without its article
    ['lorries may wait a maximum of two days', ['2 at-most days']],
    ['lorries may wait maximum two days', ['2 at-most days']],
    ['a minimum of 40 houses burned', ['40 at-least']],
    ['crowds reached their maximum on Friday', []],
    ['upto 30 raiders were seen', ['30 at-most']],
    // a scale word after the second number of a range scales both
    ['two to three hundred families fled', ['200-300 range']],
    ['40 to 50 thousand lorries wait', ['40000-50000 range']],
    ['1.5 to 2 million refugees', ['1500000-2000000 range']],
    ['20 to 300 lorries', ['20-300 range']],
    // money in South Asian style, and "m" for million before people or after money
    ['losses of Rs2 crore a day', ['20000000 exact pkr']],
    ['a fine of Rs. 50 million', ['50000000 exact pkr']],
    ['nearly 2.5m refugees live there', ['2500000 about']],
    ['3m people fled', ['3000000 exact']],
    ['a 3m wall stands there', ['3 exact m']],
    ['the A320 and the G20', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('dates, clock times and ages that real pages split across tokens', () => {
  it.each<Row>([
    // numeric dates in either order, with a clock time after them
    ['Updated: 14-03-2026 18:05 PKT', []],
    ['posted 2026-03-14 06:02:45 by the desk', []],
    ['filed 14/3/2026, 40 homes burned', ['40 exact']],
    ['12-18 raiders were shot', ['12-18 range']],
    // clock times in a schedule, some with a leading zero
    ['11:20\n-\n10:50\n-\n08:35\n-\n07:00', []],
    ['Phone: 021-32637111', []],
    // the second day of a listed date
    ['talks ran on March 3 and 9, officials said', []],
    ['talks ran between June 2 and 7.', []],
    ['on March 3 and 9 soldiers were hurt', ['9 exact']],
    ['killed 3 and wounded 9.', ['3 exact', '9 exact']],
    ['the gate was shut on May 4 and 5 when shelling began', []],
    ['guards left on May 4 and 5 as the talks stalled', []],
    ['on May 4 and 5 guards died as the talks stalled', ['5 exact']],
    // a dashed date with the month's short name
    ['On Monday (9-Jun-2025), the ministry said', []],
    ['a 9-day truce held', ['9 exact days']],
    // ages of people and of infants
    ['Naik Ahmed Khan (31, District Swat) was buried', []],
    ['Naik Ahmed Khan (31) was buried', []],
    ['the wounded (31, mostly women) were moved', ['31 exact']],
    ['a girl just four months old died', []],
    ['a 10-day-old baby was rescued', []],
    ['four months of shelling', ['4 exact months']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('numbers that name a unit, a district or a post', () => {
  it.each<Row>([
    ['jets hit the 209 Corps base', []],
    ['jets hit the 209 Shaheen Corps and the 217 Omari Corps', []],
    ['jets hit the 207 Abu Bakr bin Sadiq Corps', []],
    ['jets hit two corps headquarters and 3 brigades', ['2 exact', '3 exact']],
    ['jets hit 4 Brigades of the enemy', ['4 exact']],
    ['jets hit 3 Afghan Army Brigade posts', ['3 exact']],
    ['Border Battalion Number 7 was overrun', []],
    ['Battalion 3 and Battalion 9 headquarters fell', []],
    ['the blast hit District 6 of the city', []],
    ['the blast hit 6 districts of the city', ['6 exact']],
    ['the post called “Saddle 9” was taken', []],
    ['he said “we lost 9” and left', ['9 exact']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
