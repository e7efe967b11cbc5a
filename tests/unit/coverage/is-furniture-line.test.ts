import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../../lib/coverage/is-furniture-line';

describe('isFurnitureLine', () => {
  // Lines above a story that say nothing about what it is about.
  it.each([
    ['agency and date', 'XNA, May 4, 2019'],
    ['weekday and date', 'Wednesday, 9 April 2025'],
    ['date and time with a zone', 'Friday, 03 January 2025 09:41 GMT'],
    ['ISO date alone', '2026-02-27'],
    ['numeric date with a label', 'Published 04/05/2019'],
    ['byline', 'By Staff Correspondent'],
    ['byline after the date', '2026-02-28 By Staff Correspondent,'],
    ['byline after a labelled date and a bar', 'Updated March 3, 2025 | By Jane Roe'],
    ['menu of links', 'Home | World | Asia | Sport'],
    ['section label', 'Latest News'],
  ])('furniture: %s', (_name, line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  // Lines that are headlines or text, though some carry a date.
  it.each([
    ['a headline', 'Pakistan and Afghanistan agree to a truce in Doha'],
    ['a short headline glued to a date', '2026-02-27 Pakistan bombs Kabul'],
    ['a dated headline with "by" inside', '2026-02-27 Posts hit by drones overnight'],
    ['a dated headline naming the fighting', 'Border clashes, October 12, 2025'],
    ['a sentence with a date in it', 'The army said on March 3, 2025 that three posts were hit.'],
    [
      'a byline too long to be one',
      'By the time the truce was signed, both armies had pulled back',
    ],
    ['a headline with one bar (site suffix)', 'Torkham reopens after talks | Daily Record'],
  ])('not furniture: %s', (_name, line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it('keeps a short section label when labels are not furniture (the lead keeps "Cricket")', () => {
    expect(isFurnitureLine('Cricket', false)).toBe(false);
    expect(isFurnitureLine('Cricket')).toBe(true);
    expect(isFurnitureLine('XNA, May 4, 2019', false)).toBe(true);
  });
});
