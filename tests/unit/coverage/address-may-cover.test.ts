import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressMayCover, judgeableTitle } from '../../../lib/coverage/address-may-cover';
import { POSITIVES } from './coverage-cases';

const FIXTURES = path.resolve(__dirname, '../../fixtures/pages');
const ARTICLE = 'https://news.example/world/2025/10/12/a1234';

describe('addressMayCover', () => {
  // Headlines of coverage in our own words: each names something of the
  // conflict, in the title or only in the address.
  it.each([
    ['Border posts shelled overnight as talks stall', ARTICLE],
    ['Chaman crossing shut for a fourth day', ARTICLE],
    ['Kabul says dozens died in overnight air raids', ARTICLE],
    ['Spokesman rejects the army’s account of the night', ARTICLE],
    ['Mediators in Doha press both capitals for a longer pause', ARTICLE],
    ['Islamic Emirate summons envoy after the latest exchange', ARTICLE],
    ['Operation Ghazab lil-Haq enters its second week', ARTICLE],
    ['Türkiye offers to host the next round', ARTICLE],
    ['TTP hideouts named as the target, officials say', ARTICLE],
    [
      'Five things to know about the week',
      'https://news.example/asia/taliban-pakistan-five-things',
    ],
    [
      'What the morning papers say today',
      'https://news.example/2025/10/12/khost-strikes-explained',
    ],
  ])('looks further at "%s"', (title, url) => {
    expect(addressMayCover(url, title)).toBe(true);
  });

  it.each(POSITIVES.filter((c) => c.title).map((c) => [c.title] as const))(
    'looks further at the coverage headline "%s"',
    (title) => {
      expect(addressMayCover(ARTICLE, title)).toBe(true);
    },
  );

  // Headlines about anything else, with addresses that say nothing either.
  it.each([
    [
      'Rovers win the cup on penalties after a goalless final',
      'https://news.example/sport/cup-final',
    ],
    ['How to grow tomatoes on a small balcony', 'https://news.example/life/garden-tomatoes'],
    ['Central bank holds interest rates for a third month', ARTICLE],
    ['A Brief History of Neon Signage - City Pages', 'https://news.example/bench/neon'],
    ['Un troisième album pour le groupe nantais - Culture', ARTICLE],
    ['Phone makers race to build thinner handsets | Tech Weekly', ARTICLE],
  ])('rules out "%s"', (title, url) => {
    expect(addressMayCover(url, title)).toBe(false);
  });

  it('leaves titles it cannot judge to the gate: short, empty, site names, other scripts', () => {
    for (const title of [
      '',
      'Home',
      'Latest news',
      'World | News Site',
      'Asia - Site - Section',
      'پاکستان اور افغانستان کے درمیان جھڑپیں جاری ہیں',
    ]) {
      expect(judgeableTitle(title), title).toBe(false);
      expect(addressMayCover('https://news.example/', title), title).toBe(true);
    }
    expect(judgeableTitle('Central bank holds interest rates | Money')).toBe(true);
  });

  // Lines that stand where a headline should but are page chrome: the gate decides.
  it.each([
    ['a dated byline', '2026-02-28 By Staff Reporter,'],
    ['a byline after a labelled date', 'Published March 3, 2025 | By Jane Roe'],
    [
      'a print stamp (the date and time are no headline words)',
      'Printed on Mon Jan 5 2026 7:02:11 PM',
    ],
    ['a skip link', 'Skip to main content'],
    ['a menu in capitals', 'HOME WORLD BUSINESS SPORT OPINION VIDEO'],
    ['a menu split by a slash', 'Live TV / World'],
    ['symbols and a number', '+ ↺ − 16 px'],
  ])('leaves chrome to the gate: %s', (_name, title) => {
    expect(judgeableTitle(title)).toBe(false);
    expect(addressMayCover(ARTICLE, title)).toBe(true);
  });

  it.each([
    ['a dated headline', 'Markets close higher on a quiet day, March 3, 2026'],
    ['a headline and a section after a slash', 'Markets close higher on a quiet day / Business'],
    ['a headline that names someone "by" later', 'Rates held by the central bank again'],
  ])('still judges a headline: %s', (_name, title) => {
    expect(judgeableTitle(title)).toBe(true);
    expect(addressMayCover(ARTICLE, title)).toBe(false);
  });

  it('reads the address slug as words, not inside longer words', () => {
    const title = 'Markets close higher on a quiet day';
    expect(addressMayCover('https://news.example/markets/quiet-day-kabul', title)).toBe(true);
    expect(
      addressMayCover('https://news.example/markets/warehouse-sales?id=unwarranted', title),
    ).toBe(false);
    expect(addressMayCover('https://news.example/%E0%A4%A', title)).toBe(false);
    expect(addressMayCover('not a url', title)).toBe(false);
  });

  it('matches acronyms in capitals only', () => {
    expect(addressMayCover(ARTICLE, 'UN council meets on the fighting')).toBe(true);
    expect(addressMayCover(ARTICLE, 'Un festival de cinéma ouvre ses portes')).toBe(false);
  });

  it('looks further at every labelled coverage fixture from its title and address', () => {
    let positives = 0;
    for (const slug of readdirSync(FIXTURES)) {
      const exp = path.join(FIXTURES, slug, 'expected.json');
      const page = path.join(FIXTURES, slug, 'page.html');
      if (!existsSync(exp) || !existsSync(page)) continue;
      const expected = JSON.parse(readFileSync(exp, 'utf8')) as {
        url: string;
        coverage?: { detected?: boolean };
      };
      if (expected.coverage?.detected !== true) continue;
      positives++;
      const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
      expect(addressMayCover(expected.url, title.trim()), slug).toBe(true);
    }
    expect(positives).toBeGreaterThan(0);
  });
});
