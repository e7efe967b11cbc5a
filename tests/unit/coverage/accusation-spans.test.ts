import { describe, expect, it } from 'vitest';
import { accusationSpans } from '../../../lib/coverage/accusation-spans';

const clauses = (text: string): string[] => accusationSpans(text).map(([a, b]) => text.slice(a, b));

describe('accusationSpans', () => {
  it.each([
    [
      'Islamabad accuses Kabul of harbouring fighters who raid its posts, a charge Kabul denies.',
      'accuses Kabul of harbouring fighters who raid its posts, a charge Kabul denies',
    ],
    [
      'The two often blame each other for sheltering groups that stage attacks.',
      'blame each other for sheltering groups that stage attacks',
    ],
    [
      'Jets bombed camps in Kunar, accusing the Taliban government of allowing attacks from its soil',
      'accusing the Taliban government of allowing attacks from its soil',
    ],
    [
      'Pakistan has long charged Afghanistan with nothing; it accused it of backing the insurgency.',
      'accused it of backing the insurgency',
    ],
    [
      'The group is accused of using hideouts in Afghanistan to plan raids inside Pakistan.',
      'accused of using hideouts in Afghanistan to plan raids inside Pakistan',
    ],
  ])('finds the clause of the standing charge in %j', (text, clause) => {
    expect(clauses(text)).toEqual([clause]);
  });

  it.each([
    'Afghan forces accused of firing first, Pakistani officials said.',
    'Pakistan accused Afghan troops of opening fire on a fencing team near Chaman.',
    'Kabul blamed Pakistan for the strikes that killed nine children.',
    'The accused were held in Peshawar.',
  ])('leaves other accusations alone: %j', (text) => {
    expect(accusationSpans(text)).toEqual([]);
  });

  it.each([
    [
      'a demand that the neighbour keep its soil from being used',
      'Islamabad urged Kabul to make sure Afghan soil is not used against Pakistan.',
      'urged Kabul to make sure Afghan soil is not used against Pakistan',
    ],
    [
      'a demand to stop the use of its territory',
      'Pakistan expects the interim government to stop the use of its territory by militants.',
      'expects the interim government to stop the use of its territory by militants',
    ],
    [
      'a demand to choose between militants and Pakistan',
      'The premier urged Kabul to choose between backing the militants and peace with Pakistan.',
      'urged Kabul to choose between backing the militants and peace with Pakistan',
    ],
    [
      'the party asked, before "must"',
      'He said Afghanistan must act against the TTP at once.',
      'Afghanistan must act against the TTP at once',
    ],
    [
      'where militants are based',
      'Their chiefs, residing in Afghanistan, plan raids.',
      'residing in Afghanistan',
    ],
  ])('finds %s', (_name, text, clause) => {
    expect(clauses(text)).toEqual([clause]);
  });

  it('leaves a demand that names no soil alone', () => {
    expect(accusationSpans('Pakistan urged Kabul to return to the talks in Istanbul.')).toEqual([]);
  });

  it('leaves a demand to stop fighting alone', () => {
    expect(accusationSpans('The UN urged both sides to stop the shelling at once.')).toEqual([]);
  });

  it('keeps the clause within its sentence', () => {
    const text =
      'Kabul is accused of sheltering militants. Afghan forces then shelled posts in Kurram.';
    const [[, end]] = accusationSpans(text) as [[number, number]];
    expect(text.slice(end)).toBe('. Afghan forces then shelled posts in Kurram.');
  });
});
