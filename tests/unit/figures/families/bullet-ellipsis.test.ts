/**
 * Family 1/2: a bulleted count with no noun of its own ("- Over 150 wounded") goes on with the
 * group of the bullet just before it, as an elliptical count does inside one clause. A count in
 * running prose, or after a bullet that counts nobody, does not borrow it.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith } from './family-table';

const LIST =
  'What each side says\n' +
  'Islamabad’s account\n' +
  '- 210 Taliban fighters killed\n' +
  '- Over 150 wounded\n' +
  'Kabul’s account\n' +
  '- 41 Pakistani soldiers killed\n' +
  '- Several captured\n';

describe('family 1: bulleted counts with no noun', () => {
  it('a bare bullet takes the group of the bullet before (one side)', () =>
    expectFigure(LIST, 150, { measure: 'wounded', subject: 'afghan-forces' }));

  it('a bare bullet takes the group of the bullet before (the other side)', () =>
    expectFigure(LIST, 3, { measure: 'captured', subject: 'pakistani-forces' }));

  it('negative: a bare count in running prose after a bullet does not borrow its group', () => {
    const text =
      '- 210 Taliban fighters killed\n\nHospitals in the region said 150 were wounded over the week.';
    expect(figureWith(text, 150)?.subject).not.toBe('afghan-forces');
  });

  it('negative: a bullet that names its own group keeps it', () => {
    const text = '- 210 Taliban fighters killed\n- 12 civilians wounded in Khost\n';
    expect(figureWith(text, 12)?.subject).toBe('afghan-civilians');
  });
});
