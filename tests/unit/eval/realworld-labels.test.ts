import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_WORDS, parseRealworldLabel } from '../../../lib/eval/realworld-label';

const CORPUS = path.resolve(__dirname, '../../realworld');
const files = (dir: string): string[] =>
  existsSync(path.join(CORPUS, dir))
    ? readdirSync(path.join(CORPUS, dir))
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
const read = (dir: string, name: string): unknown =>
  JSON.parse(readFileSync(path.join(CORPUS, dir, name), 'utf8'));

const sample = {
  id: 'example-2025-10-12-border-clash',
  url: 'https://www.example.com/news/1',
  query: 'border clash soldiers',
  sha256: 'a'.repeat(64),
  outlet: 'Example',
  domain: 'example.com',
  published: '2025-10-12',
  round: '2025-10',
  family: 'positive',
  coverage: true,
  event: '2025-10-11',
  figures: [
    {
      measure: 'killed',
      subject: 'pakistani-forces',
      claimant: 'pakistan',
      value: 23,
      upper: null,
      qualifier: 'exact',
      text: '23 soldiers',
    },
  ],
  labeller: 'A',
};

describe('real-reporting label schema', () => {
  it('accepts a well-formed label', () => {
    expect(parseRealworldLabel(sample).ok).toBe(true);
  });

  it('lets a blind second labelling leave out the address and query, and only it', () => {
    const blind = { ...sample, url: null, query: null };
    expect(parseRealworldLabel(blind, 'second-pass').ok).toBe(true);
    expect(parseRealworldLabel(blind).ok).toBe(false);
  });

  it.each([
    ['an unknown measure', { figures: [{ ...sample.figures[0], measure: 'deaths' }] }],
    [
      'a whole sentence as the phrase',
      {
        figures: [
          {
            ...sample.figures[0],
            text: Array(MAX_PHRASE_WORDS + 1)
              .fill('word')
              .join(' '),
          },
        ],
      },
    ],
    ['a bad digest', { sha256: 'xyz' }],
    ['an address that is not a URL', { url: 'dawn article' }],
    ['an unknown family', { family: 'sports' }],
    [
      'a field the contract does not score, inside a figure',
      { figures: [{ ...sample.figures[0], sentence: 'copied text' }] },
    ],
  ])('rejects %s', (_name, over) => {
    expect(parseRealworldLabel({ ...sample, ...over }).ok).toBe(false);
  });
});

describe('committed labels', () => {
  it.each(['labels', 'second-pass'])(
    'every file in %s is a valid label named after its id',
    (dir) => {
      const problems = files(dir).flatMap((name) => {
        const r = parseRealworldLabel(read(dir, name), dir === 'labels' ? 'first' : 'second-pass');
        if (!r.ok) return r.problems.map((p) => `${name}: ${p}`);
        return `${r.label.id}.json` === name ? [] : [`${name}: id is ${r.label.id}`];
      });
      expect(problems).toEqual([]);
    },
  );
});

describe('the corpus', () => {
  it('has a first labelling for every second-pass label', () => {
    const firsts = new Set(files('labels'));
    expect(files('second-pass').filter((n) => !firsts.has(n))).toEqual([]);
  });

  it('labels negatives without an episode or figures', () => {
    const wrong = files('labels').filter((n) => {
      const r = parseRealworldLabel(read('labels', n));
      return r.ok && !r.label.coverage && (r.label.event !== null || r.label.figures.length > 0);
    });
    expect(wrong).toEqual([]);
  });

  // The size the corpus was gathered to (issue: at least 150 excerpts, 30
  // outlets, 40 near-miss negatives, a third labelled twice).
  it('is large and varied enough to develop against', () => {
    const labels = files('labels').flatMap((n) => {
      const r = parseRealworldLabel(read('labels', n));
      return r.ok ? [r.label] : [];
    });
    expect(labels.length).toBeGreaterThanOrEqual(150);
    expect(new Set(labels.map((l) => l.domain)).size).toBeGreaterThanOrEqual(30);
    expect(labels.filter((l) => !l.coverage).length).toBeGreaterThanOrEqual(40);
    expect(new Set(labels.map((l) => l.round))).toEqual(
      new Set(['2025-10', '2026-02', 'earlier', 'none']),
    );
    expect(files('second-pass').length * 3).toBeGreaterThanOrEqual(labels.length);
  });
});
