import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  checkMessage,
  GateSchema,
  sendableAnalysis,
  type OwnExtension,
  type Sender,
} from '../../../lib/messaging';
import type { Analysis } from '../../../lib/types';

const OWN_ID = 'crosscheck-test-id';
const OWN: OwnExtension = { id: OWN_ID, origin: `chrome-extension://${OWN_ID}/` };
const fromTab: Sender = {
  id: OWN_ID,
  tab: { id: 7 } as Sender['tab'],
  frameId: 0,
  url: 'https://www.dawn.com/news/1',
};
const fromPopup: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };
// The popup opened as a page (popup.html?tab=N) or the options page in a tab: a tab, but ours.
const fromOwnPageInTab: Sender = { ...fromPopup, tab: { id: 9 } as Sender['tab'] };

function analysis(overrides: Partial<Analysis> = {}): Analysis {
  const text = 'Officials said 12 soldiers were killed.';
  return {
    url: 'https://www.dawn.com/news/1',
    coverage: { detected: true, score: 0.9, signals: ['Kabul'] },
    article: {
      title: 'T',
      outlet: 'Dawn',
      domain: 'dawn.com',
      published: '2026-02-27',
      text,
      byline: null,
    },
    figures: [
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 12,
        upper: null,
        qualifier: 'exact',
        text: '12 soldiers',
        start: 15,
        end: 26,
        unit: null,
        claimantName: null,
        sentenceStart: 0,
        sentenceEnd: text.length,
      },
    ],
    ...overrides,
  };
}

describe('checkMessage', () => {
  it("accepts a page's article from a tab", () => {
    const result = checkMessage(
      {
        type: 'page-article',
        data: { url: 'https://www.dawn.com/a', article: analysis().article },
      },
      fromTab,
      OWN,
    );
    expect(result.ok).toBe(true);
  });

  it('rejects an article whose text is not a string', () => {
    const article = { ...analysis().article, text: 12 };
    const result = checkMessage(
      { type: 'page-article', data: { url: 'https://www.dawn.com/a', article } },
      fromTab,
      OWN,
    );
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('page-article') });
  });

  it.each([
    [
      'another extension',
      { type: 'get-tab-view', data: { tabId: 1 } },
      { ...fromPopup, id: 'other' },
      'another extension',
    ],
    ['an unknown type', { type: 'drop-tables', data: {} }, fromPopup, 'unknown message type'],
    ['a non-object', 'get-tab-view', fromPopup, 'not an envelope'],
    [
      'a prototype key as type',
      { type: 'constructor', data: {} },
      fromPopup,
      'unknown message type',
    ],
    ['a command from a page', { type: 'clear-reports', data: {} }, fromTab, 'not allowed'],
    [
      'a page report from an extension page',
      { type: 'page-article-failed', data: {} },
      fromPopup,
      'not allowed',
    ],
    [
      'a gate report (the gate returns its verdict to the background, it sends nothing)',
      {
        type: 'page-gate',
        data: {
          url: 'https://www.dawn.com/a',
          title: 'x',
          gate: { passed: true, score: 0.5, signals: [] },
        },
      },
      fromTab,
      'unknown message type',
    ],
    [
      'a negative tab id',
      { type: 'get-tab-view', data: { tabId: -1 } },
      fromPopup,
      'invalid get-tab-view',
    ],
    [
      'a javascript: url',
      {
        type: 'page-article-failed',
        data: { url: 'javascript:alert(1)', error: 'x' },
      },
      fromTab,
      'invalid page-article-failed',
    ],
  ])('rejects %s', (_name, raw, sender, reason) => {
    const result = checkMessage(raw, sender as Sender, OWN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('accepts commands from our own pages even when they are open in a tab', () => {
    expect(
      checkMessage({ type: 'get-tab-view', data: { tabId: 3 } }, fromOwnPageInTab, OWN),
    ).toMatchObject({ ok: true });
    expect(checkMessage({ type: 'clear-reports', data: {} }, fromOwnPageInTab, OWN)).toMatchObject({
      ok: true,
    });
  });

  it('does not let a web page pass as our page by its path', () => {
    const spoof: Sender = { ...fromTab, url: `https://evil.example/chrome-extension://${OWN_ID}/` };
    expect(checkMessage({ type: 'clear-reports', data: {} }, spoof, OWN)).toMatchObject({
      ok: false,
    });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.boolean(), (raw, tab) => {
        const result = checkMessage(raw, tab ? fromTab : fromPopup, OWN);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('sendableAnalysis (what the background keeps and sends of a page it analysed)', () => {
  it('keeps a sound analysis as it is', () => {
    const good = analysis();
    expect(sendableAnalysis(good)).toEqual(good);
  });

  it('drops a figure whose amount JSON cannot carry, and keeps the others', () => {
    const good = analysis();
    const huge = { ...good.figures[0]!, value: Infinity, text: '1e999' };
    const result = sendableAnalysis({ ...good, figures: [huge, ...good.figures] });
    expect(result.figures).toEqual(good.figures);
  });

  it('refuses an analysis whose offsets point outside the text', () => {
    const bad = analysis();
    bad.figures[0]!.end = 10_000;
    expect(() => sendableAnalysis(bad)).toThrow(/outside the article text/);
  });

  it('refuses a figure with a measure outside the vocabulary', () => {
    const bad = analysis();
    (bad.figures[0] as { measure: string }).measure = 'exploded';
    expect(() => sendableAnalysis(bad)).toThrow(/malformed/);
  });
});

describe('GateSchema (the value of the gate script, read by the background)', () => {
  it('accepts a verdict', () => {
    expect(v.safeParse(GateSchema, { passed: true, score: 0.5, signals: ['Kabul'] }).success).toBe(
      true,
    );
  });

  it.each([
    ['a score above 1', { passed: true, score: 7, signals: [] }],
    ['51 signals', { passed: true, score: 1, signals: Array(51).fill('Kabul') }],
    ['no verdict', { score: 1, signals: [] }],
    ['a page that replaced the value', 'passed'],
    ['nothing (not an HTML page)', null],
  ])('refuses %s', (_name, value) => {
    expect(v.safeParse(GateSchema, value).success).toBe(false);
  });
});
