import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../lib/analyze';
import { analyzeHtml } from '../../lib/analyze-html';
import { parseHtml } from '../../lib/dom/parse-html';

const tag = fc.constantFrom(
  'p',
  'div',
  'article',
  'span',
  'h1',
  'figure',
  'figcaption',
  'aside',
  'li',
  'table',
  'td',
  'script',
  'time',
);
const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom(
      'Pakistan',
      'Afghan forces',
      'Kabul',
      'killed 12 soldiers',
      'at least 274',
      '<br>',
      '&amp;',
      '<!-- c -->',
    ),
    fc
      .tuple(tag, fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, kids]) => `<${t} class="x">${kids.join('')}</${t}>`),
  ),
})).node as fc.Arbitrary<string>;

describe('analyze', () => {
  it('never throws on random HTML, and every figure quotes article.text exactly', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), fc.boolean(), (parts, all) => {
        const a = analyzeHtml(parts.join(''), { all });
        for (const f of a.figures) expect(a.article.text.slice(f.start, f.end)).toBe(f.text);
        expect(a.coverage.score).toBeGreaterThanOrEqual(0);
        expect(a.coverage.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result for a Document and for its HTML', () => {
    const html =
      '<html><head><title>Kabul and Islamabad trade strikes</title></head><body><article><p>Pakistani jets struck Kabul after Afghan forces attacked border posts, officials said on Friday, in the heaviest fighting in years.</p></article></body></html>';
    const fromDoc = analyzeDocument(parseHtml(html), { url: 'https://www.reuters.com/world/x' });
    const fromHtml = analyzeHtml(html, { url: 'https://www.reuters.com/world/x' });
    expect(fromDoc).toEqual(fromHtml);
    expect(fromDoc.article.outlet).toBe('Reuters');
  });

  it('treats plain text as the body and fills outlet and domain from the URL', () => {
    const a = analyzeText(
      'Pakistani troops and Afghan forces clashed.\r\n\r\nMore fighting followed.',
      { url: 'https://www.bbc.com/news/x' },
    );
    expect(a.article.text).toBe(
      'Pakistani troops and Afghan forces clashed.\n\nMore fighting followed.',
    );
    expect(a.article).toMatchObject({ outlet: 'BBC', domain: 'bbc.com', title: '' });
    expect(a.url).toBe('https://www.bbc.com/news/x');
  });

  it('returns no figures for a page that is not coverage unless asked for all', () => {
    const text = 'The bakery sold 240 loaves and 35 cakes on Saturday, more than ever before.';
    expect(analyzeText(text).figures).toEqual([]);
    expect(analyzeText(text, { all: true }).coverage.detected).toBe(false);
  });
});

describe('analysis of a page in another language', () => {
  // A Spanish report written for this test: its numbers come with Spanish words.
  const spanish =
    'Enfrentamientos en la frontera entre Pakistán y Afganistán\n\nLas fuerzas talibanes atacaron 12 puestos fronterizos tras los bombardeos paquistaníes en Kabul, y murieron 15 soldados, según fuentes oficiales. Ambos países acordaron un alto el fuego en Doha, pero la tregua no se ha respetado.';

  it('tells coverage but reads no figures, even when asked for every figure', () => {
    const a = analyzeText(spanish, { all: true });
    expect(a.coverage.detected).toBe(true);
    expect(a.figures).toEqual([]);
  });

  it('still reads the figures of the same report in English', () => {
    const a = analyzeText(
      'Clashes on the Pakistan-Afghanistan border\n\nTaliban forces attacked 12 border posts after Pakistani strikes in Kabul, and 15 soldiers died, officials said. The two countries agreed a truce in Doha, but it has not held.',
    );
    expect(a.figures.map((f) => f.value)).toContain(15);
  });
});

describe('figures of the stories a page links to', () => {
  it('are not the page’s own', () => {
    const a = analyzeText(
      'Border clash on the Pakistan-Afghanistan frontier\n\nAfghan forces attacked two Pakistani posts near Chaman, and 6 soldiers were killed, the military said on Sunday.\nRead this also: Riyadh sends 9000 troops to the gulf\nThe Taliban said their fighters had captured both posts in the clash.',
    );
    const values = a.figures.map((f) => f.value);
    expect(values).toContain(6);
    expect(values).not.toContain(9000);
    for (const f of a.figures) expect(a.article.text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('analyzeText: a name spelt the older way', () => {
  it('reads "Taleban" as the Taliban (coverage and sides) and keeps the phrase as written', () => {
    const text =
      'Taleban gunmen attack Pakistani border post\n\nTaleban forces and Pakistani troops exchanged heavy fire at the Chaman crossing on Friday. The Taleban said they had killed 14 Pakistani soldiers, and a Pakistani officer said 20 Taleban fighters died in the clash.';
    const a = analyzeText(text);
    expect(a.coverage.detected).toBe(true);
    const f = a.figures.find((x) => x.value === 14);
    expect(f?.claimant).toBe('afghanistan');
    const g = a.figures.find((x) => x.value === 20);
    expect(g?.text).toBe('20 Taleban fighters');
    expect(text.slice(g?.start, g?.end)).toBe(g?.text);
  });
});

describe('analyzeText: a short wire lead', () => {
  it('is read as English, so its figures are read', () => {
    const a = analyzeText(
      'PESHAWAR (AP) — Afghan border forces fired mortars at Pakistani posts near Angoor Adda overnight, wounding five Frontier Corps soldiers, Pakistani security officials said on Tuesday, adding Pakistani troops returned fire and destroyed two Afghan positions in Paktika.',
    );
    expect(a.coverage.detected).toBe(true);
    const f = a.figures.find((x) => x.value === 5);
    expect(f?.measure).toBe('wounded');
    expect(f?.claimant).toBe('pakistan');
  });
});
