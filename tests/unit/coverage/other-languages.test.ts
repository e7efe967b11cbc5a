import { describe, expect, it } from 'vitest';
import { OTHER_LANGUAGE_NAMES, worldPattern } from '../../../lib/conflict/other-languages';
import { conflictTerms } from '../../../lib/coverage/conflict-terms';
import { gate } from '../../../lib/coverage/gate';
import { GATE_TERMS } from '../../../lib/coverage/gate-terms';
import { scoreCoverage } from '../../../lib/coverage/score-coverage';
import { writtenInEnglish } from '../../../lib/coverage/written-in-english';
import { LANGUAGE_CASES } from './other-languages-cases';

const matches = (terms: string[], text: string): boolean =>
  new RegExp(worldPattern(terms), 'i').test(text);

describe('a term spelt as another script may spell it', () => {
  it.each([
    ['Persian kaf for the Arabic one', ['پاکستان'], 'وپاكستان'],
    ['Arabic yeh for the Persian one', ['ذبیح اللہ مجاہد'], 'ذبيح الله مجاهد'],
    ['alef with hamza for the bare one', ['اسلام آباد'], 'إسلام أباد'],
    ['a zero-width non-joiner for the space', ['آتش بس'], 'آتش\u200cبس'],
    ['no space at all', ['آتش بس'], 'آتشبس'],
    ['a nukta written apart', ['अफगान'], 'अफ\u093Cग\u093Cानिस्तान'],
    ['a nukta precomposed', ['अफगान'], 'अ\u095E\u095Aानिस्तान'],
    ['a nukta left out of the text', ['झड़प'], 'झडप'],
  ])('%s', (_name, terms, text) => {
    expect(matches(terms, text)).toBe(true);
  });

  it('does not widen letters that are not variants of each other', () => {
    expect(matches(['خوست'], 'خواست')).toBe(false);
    expect(matches(['तनाव'], 'तनख्वाह')).toBe(false);
  });
});

describe('which pages are written in English', () => {
  it.each([
    [
      'an English report',
      'Pakistan said on Sunday that the talks with Kabul had ended without an agreement.',
      true,
    ],
    ['a Hindi report', 'पाकिस्तान और अफगानिस्तान के बीच वार्ता बिना नतीजे के खत्म हो गई।', false],
    [
      'a Spanish report',
      'Pakistán y Afganistán acordaron un alto el fuego en Doha tras una semana de combates en la frontera. Los mediadores de Catar dijeron que las delegaciones se reunirán de nuevo la próxima semana en Estambul.',
      false,
    ],
    [
      'a German report',
      'Pakistan und Afghanistan haben sich in Doha auf eine Waffenruhe geeinigt, teilte Katar mit. Nach einer Woche schwerer Gefechte an der Grenze sollen die Delegationen in der kommenden Woche in Istanbul erneut verhandeln.',
      false,
    ],
    [
      'a one-line English brief with no small word',
      'Afghan forces seize three Pakistani posts, killing 12 soldiers',
      true,
    ],
    ['a one-line Hindi brief', 'अफगान बलों ने तीन पाकिस्तानी चौकियों पर कब्जा किया', false],
    [
      'a Hindi report with an English menu',
      `Home World Sports\n${'सीमा पर फिर से गोलीबारी हुई और दोनों तरफ के लोग घरों में रहे। '.repeat(4)}`,
      false,
    ],
    ['nothing to read', '', true],
  ])('%s', (_name, text, english) => {
    expect(writtenInEnglish(text)).toBe(english);
  });
});

describe('coverage in other languages', () => {
  it('has coverage and near-miss pages in several languages', () => {
    const languages = (coverage: boolean) =>
      new Set(LANGUAGE_CASES.filter((c) => c.coverage === coverage).map((c) => c.language));
    expect(languages(true).size).toBeGreaterThanOrEqual(6);
    expect(languages(false).size).toBeGreaterThanOrEqual(3);
    for (const c of LANGUAGE_CASES) expect(writtenInEnglish(`${c.title}\n${c.text}`)).toBe(false);
  });

  it.each(LANGUAGE_CASES.map((c) => [`${c.language}: ${c.name}`, c] as const))('%s', (_n, c) => {
    expect(scoreCoverage(c).detected).toBe(c.coverage);
  });

  it('reads the Pakistani Taliban named in Urdu as neither country', () => {
    const hits = conflictTerms('world').names.find('تحریک طالبان پاکستان نے ذمہ داری قبول کی');
    expect(hits.map((h) => h.name)).toEqual(['TTP']);
  });

  it('leaves English pages to the English vocabulary alone', () => {
    const page = {
      title: 'Sharif meets Modi',
      text: 'The prime minister of Pakistan met the Indian premier. The two discussed trade with Afghanistan.',
    };
    // "Inde" (French for India) is no word of an English page.
    expect(conflictTerms('english').negatives.find('Independence Day').length).toBe(0);
    expect(scoreCoverage(page).detected).toBe(false);
  });
});

describe('the gate on pages in other languages', () => {
  const page = (c: { title: string; text: string }) => ({ title: c.title, meta: '', text: c.text });

  it('lets through every page that names both sides in another language', () => {
    for (const c of LANGUAGE_CASES.filter((x) => x.coverage))
      expect(gate(page(c)).passed).toBe(true);
  });

  it('stops a page that names one side only', () => {
    const india = LANGUAGE_CASES.find((c) => c.name.startsWith('tension with India'))!;
    expect(gate(page({ title: india.title, text: india.text.split('\n')[0]! })).passed).toBe(false);
  });

  it('knows every plain name that the full vocabulary has for the two sides', () => {
    const pk = new RegExp(GATE_TERMS.pakistanWorld, 'i');
    const af = new RegExp(GATE_TERMS.afghanistanWorld, 'i');
    const plain = (name: string): string[] =>
      OTHER_LANGUAGE_NAMES.find(([n]) => n === name)![1].filter((w) => !/[()[\]?\\]/.test(w));
    for (const w of plain('Pakistan').filter((x) => !x.includes(' '))) expect(w).toMatch(pk);
    for (const w of [...plain('Afghanistan'), ...plain('Taliban')].filter((x) => !x.includes(' ')))
      expect(w).toMatch(af);
  });
});
