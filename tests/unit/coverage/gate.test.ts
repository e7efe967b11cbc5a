import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gate } from '../../../lib/coverage/gate';
import { conflictTerms } from '../../../lib/coverage/conflict-terms';
import { NEGATIVES, POSITIVES } from './coverage-cases';

const FIXTURES = path.resolve(__dirname, '../../fixtures/pages');

describe('gate', () => {
  it.each(POSITIVES.map((c) => [c.name, c] as const))('passes coverage: %s', (_n, c) => {
    expect(gate({ title: c.title, meta: '', text: c.text }).passed).toBe(true);
  });

  it('passes every labelled coverage fixture from its title, description and first 3000 characters', () => {
    let positives = 0;
    for (const slug of readdirSync(FIXTURES)) {
      const exp = path.join(FIXTURES, slug, 'expected.json');
      const page = path.join(FIXTURES, slug, 'page.html');
      if (!existsSync(exp) || !existsSync(page)) continue;
      if (JSON.parse(readFileSync(exp, 'utf8')).coverage?.detected !== true) continue;
      positives++;
      const html = readFileSync(page, 'utf8');
      const text = html
        .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')
        .slice(0, 3000);
      expect(gate({ title: '', meta: '', text }).passed, slug).toBe(true);
    }
    expect(positives).toBeGreaterThan(0);
  });

  it.each([
    [
      'no Afghanistan at all',
      'Pakistan budget passes',
      'The National Assembly approved the budget after a long debate.',
    ],
    ['no Pakistan at all', 'Kabul weather', 'Snow fell across Kabul and Kandahar on Monday.'],
    [
      'both named, nothing about conflict',
      'Recipes',
      'A Pakistani and an Afghan chef share recipes for pulao.',
    ],
    [
      'an unrelated page',
      'Best hiking boots of the year',
      'We tested twenty pairs of boots on muddy trails.',
    ],
  ])('rejects an obvious negative: %s', (_n, title, text) => {
    expect(gate({ title, meta: '', text }).passed).toBe(false);
  });

  it('still lets hard negatives through to the full score (recall first)', () => {
    const cricket = NEGATIVES.find((n) => n.name === 'cricket match report')!;
    expect(gate({ title: cricket.title, meta: '', text: cricket.text }).passed).toBe(true);
  });
});

describe('gate and the episodes’ own names', () => {
  // Spellings outlets use; each must be an episode name for the full score and pass the cheap gate alone.
  const NAMES = [
    'Operation Ghazab lil-Haq',
    'Ghazab lil Haqq',
    'Operation Ghazab-Lil-Haq',
    'Ghazab-ul-Haq',
    "Operation 'Ghazab'",
    'Righteous Fury',
  ];

  it.each(NAMES)('passes a headline that is only the name: %s', (name) => {
    expect(gate({ title: `${name}: day three`, meta: '', text: '' }).passed).toBe(true);
  });

  it.each(NAMES)('knows %s as an episode name in the full vocabulary', (name) => {
    const T = conflictTerms();
    const hits = T.bilateral.find(`${name}: day three`).filter((h) => T.episodeNames.has(h.name));
    expect(hits.length).toBeGreaterThan(0);
  });
});
