import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analyze';
import { analyzeHtml } from '../../lib/analyze-html';
import { parseExpectation } from '../../lib/eval/fixture-pages';
import { matchFigures, summariseFigures, type FigureCounts } from '../../lib/eval/score-figures';

const FIXTURES = path.resolve(__dirname, '../fixtures/pages');
const slugs = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((s) => existsSync(path.join(FIXTURES, s, 'expected.json')))
      .sort()
  : [];

function analyse(slug: string) {
  const dir = path.join(FIXTURES, slug);
  const expected = parseExpectation(
    JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')),
  );
  const page = readdirSync(dir).find((f) => /\.(html?|txt)$/i.test(f));
  if (!page) throw new Error(`${slug}: no page file`);
  const source = readFileSync(path.join(dir, page), 'utf8');
  const analysis = page.endsWith('.txt')
    ? analyzeText(source, { url: expected.url })
    : analyzeHtml(source, { url: expected.url });
  return { expected, analysis };
}

describe('fixture pages', () => {
  const counts: FigureCounts[] = [];

  it.each(slugs)('%s: coverage as labelled, figures quote the text exactly', (slug) => {
    const { expected, analysis } = analyse(slug);
    expect(analysis.coverage.detected).toBe(expected.coverage.detected);
    for (const f of analysis.figures)
      expect(analysis.article.text.slice(f.start, f.end)).toBe(f.text);
    counts.push(matchFigures(analysis.figures, expected.figures));
  });

  it('extracts figures with an aggregate F1 of at least 0.85 over all fixtures', () => {
    expect(slugs.length).toBeGreaterThan(0);
    const scores = summariseFigures(counts);
    expect(scores.f1).toBeGreaterThanOrEqual(0.85);
  });
});
