import { describe, expect, it } from 'vitest';
import {
  matchReports,
  sameEventCandidates,
  scoreMatches,
} from '../../../lib/compare/match-reports';
import { COMPARE_CONFIG } from '../../../lib/compare/config';
import { fig, report } from './make-report';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const OPEN_WAR = '2026-02-26';
const none = new Set<string>();

const claims = [
  fig({
    measure: 'killed',
    subject: 'afghan-forces',
    claimant: 'pakistan',
    value: 274,
    qualifier: 'at-least',
  }),
  fig({ measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan', value: 55 }),
];

const current = report({
  url: 'https://www.dawn.com/news/1',
  domain: 'dawn.com',
  title: 'Pakistan strikes Kabul and Kandahar as Khawaja Asif declares open war',
  signals: ['Khawaja Asif', 'Kabul', 'Kandahar', 'Zabihullah Mujahid'],
  figures: claims,
});

const sameStory = report({
  domain: 'reuters.com',
  title: 'Pakistan bombs Kabul, Kandahar; defence minister Asif says open war',
  signals: ['Khawaja Asif', 'Kabul', 'Kandahar'],
  figures: [claims[0]!],
});

const sameEventOtherStory = report({
  domain: 'apnews.com',
  title: 'Refugees queue at closed crossing as trade stalls',
  signals: ['Torkham'],
});

const otherEvent = report({
  domain: 'bbc.com',
  event: '2025-10-11',
  title: 'Pakistan strikes Kabul and Kandahar as Khawaja Asif warns Taliban',
  signals: ['Khawaja Asif', 'Kabul', 'Kandahar'],
  figures: claims,
});

describe('matchReports', () => {
  it('ranks the same story across outlets above other stories of the event', () => {
    const out = matchReports(current, [sameEventOtherStory, sameStory], {
      trustedDomains: none,
      now: NOW,
    });
    expect(out[0]).toBe(sameStory);
  });

  it('never returns a report of another event, however alike', () => {
    const out = matchReports(current, [otherEvent], { trustedDomains: none, now: NOW });
    expect(out).toEqual([]);
  });

  it('excludes the page itself (same URL)', () => {
    const self = { ...sameStory, url: current.url };
    expect(matchReports(current, [self], { trustedDomains: none, now: NOW })).toEqual([]);
  });

  it('puts trusted outlets first', () => {
    const trustedWeak = report({
      domain: 'apnews.com',
      title: 'Pakistan and Afghanistan fighting',
      signals: ['Kabul'],
    });
    const out = matchReports(current, [sameStory, trustedWeak], {
      trustedDomains: new Set(['apnews.com']),
      now: NOW,
    });
    expect(out.map((r) => r.domain)).toEqual(['apnews.com', 'reuters.com']);
  });

  it('keeps one report per outlet: the most recent', () => {
    const older = { ...sameStory, url: 'https://reuters.com/a', published: '2026-02-27' };
    const newer = { ...sameStory, url: 'https://reuters.com/b', published: '2026-02-28' };
    const out = matchReports(current, [older, newer], { trustedDomains: none, now: NOW });
    expect(out.map((r) => r.url)).toEqual(['https://reuters.com/b']);
  });

  it('caps the number of matches', () => {
    const many = Array.from({ length: 30 }, () =>
      report({ title: current.title, signals: current.signals, figures: claims }),
    );
    expect(matchReports(current, many, { trustedDomains: none, now: NOW })).toHaveLength(
      COMPARE_CONFIG.match.maxResults,
    );
  });

  it('figure overlap alone can make a match (titles in another language or style)', () => {
    const terse = report({ domain: 'tolonews.com', title: 'IEA: 55', figures: [claims[1]!] });
    const scored = scoreMatches(current, [terse], { trustedDomains: none, now: NOW });
    expect(scored).toHaveLength(1);
  });

  it('returns nothing when the page has no event', () => {
    expect(
      matchReports({ ...current, event: null }, [sameStory], { trustedDomains: none, now: NOW }),
    ).toEqual([]);
  });
});

describe('sameEventCandidates', () => {
  it('filters by event key for known episodes and by window for unknown dates', () => {
    const a = report({ event: '2026-06-09' });
    const b = report({ event: '2026-06-10' });
    const c = report({ event: '2026-06-20' });
    const d = report({ event: OPEN_WAR });
    expect(sameEventCandidates({ event: '2026-06-09', url: 'x' }, [a, b, c, d])).toEqual([a, b]);
    expect(sameEventCandidates({ event: OPEN_WAR, url: 'x' }, [a, b, c, d])).toEqual([d]);
  });
});
