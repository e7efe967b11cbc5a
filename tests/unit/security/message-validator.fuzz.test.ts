/**
 * checkMessage as a gate against other extensions, web pages and a
 * compromised renderer. Complements tests/unit/messaging/check-message.test.ts
 * (tables and "never throws on anything") with properties over senders and
 * payloads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  sendableAnalysis,
  type MessageType,
  type OwnExtension,
  type Sender,
} from '../../../lib/messaging';
import { CLAIMANTS, MEASURES, QUALIFIERS, SUBJECTS } from '../../../lib/types';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN: OwnExtension = { id: OWN_ID, origin: `chrome-extension://${OWN_ID}/` };

const PAGE_TYPES: MessageType[] = ['page-article', 'page-article-failed'];
const COMMAND_TYPES: MessageType[] = [
  'page-marks',
  'marks-enabled',
  'get-tab-view',
  'analyse-tab',
  'show-on-page',
  'refresh-now',
  'get-refresh-progress',
  'clear-reports',
  'sources-changed',
];

/** Plausible payloads for every type, so rejections are about the sender, not the shape. */
const goodData: Record<MessageType, unknown> = {
  'page-article': {
    url: 'https://www.dawn.com/a',
    article: { title: '', outlet: '', domain: '', published: null, text: '', byline: null },
  },
  'page-article-failed': { url: 'https://www.dawn.com/a', error: 'x' },
  'page-marks': {
    url: 'https://www.dawn.com/a',
    marks: [
      {
        kind: 'outlets',
        phrase: '12 soldiers',
        sentence: 'Officials said 12 soldiers died.',
        title: 'Pakistani soldiers killed',
        label: 'Outlets disagree',
        pageValue: '12',
        others: [{ value: '15', source: 'Dawn', claim: 'claimed by Pakistan' }],
      },
    ],
    highlight: true,
  },
  'marks-enabled': { highlight: false },
  'get-tab-view': { tabId: 1 },
  'analyse-tab': { tabId: 1 },
  'show-on-page': { tabId: 3, sentence: 'Officials said 12 soldiers died.', phrase: '12 soldiers' },
  'refresh-now': {},
  'get-refresh-progress': {},
  'clear-reports': {},
  'sources-changed': {},
};

const webUrl = fc.webUrl({ validSchemes: ['http', 'https'] });
const tab = fc.record({ id: fc.nat() }) as unknown as fc.Arbitrary<Sender['tab']>;

/** A sender that is a content script in a web page, with any url a page could have. */
const pageSender = fc.record({
  id: fc.constant(OWN_ID),
  tab,
  frameId: fc.nat(5),
  url: webUrl,
}) as fc.Arbitrary<Sender>;
/** Our own popup or options page, in the toolbar or in a tab. */
const ownPageSender = fc.record(
  {
    id: fc.constant(OWN_ID),
    url: fc
      .constantFrom('popup.html', 'options.html', 'popup.html?tab=4')
      .map((p) => OWN.origin + p),
    tab: fc.option(tab, { nil: undefined }),
  },
  { requiredKeys: ['id', 'url'] },
) as fc.Arbitrary<Sender>;

describe('checkMessage: who may say what', () => {
  it('drops everything another extension sends, whatever it claims to be', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .constantFrom(...PAGE_TYPES, ...COMMAND_TYPES)
            .map((type) => ({ type, data: goodData[type] })),
          fc.anything(),
        ),
        fc.oneof(
          fc.string(),
          fc.constant(undefined),
          fc.constant(OWN_ID.toUpperCase()),
          fc.constant(`${OWN_ID} `),
        ),
        fc.option(tab, { nil: undefined }),
        fc.constantFrom(`${OWN.origin}popup.html`, 'https://www.dawn.com/'),
        (raw, id, t, url) => {
          fc.pre(id !== OWN_ID);
          expect(checkMessage(raw, { id, tab: t, url }, OWN)).toMatchObject({ ok: false });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never lets a web page send a command, from any address', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMAND_TYPES), pageSender, (type, sender) => {
        expect(checkMessage({ type, data: goodData[type] }, sender, OWN).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never takes a page report from anything but a content script', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAGE_TYPES), ownPageSender, (type, sender) => {
        expect(checkMessage({ type, data: goodData[type] }, sender, OWN).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts each message from its rightful sender (the tests above reject for the right reason)', () => {
    fc.assert(
      fc.property(pageSender, ownPageSender, (page, own) => {
        for (const type of PAGE_TYPES)
          expect(checkMessage({ type, data: goodData[type] }, page, OWN).ok).toBe(true);
        for (const type of COMMAND_TYPES)
          expect(checkMessage({ type, data: goodData[type] }, own, OWN).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('treats a page whose address merely contains our origin as a page', () => {
    const spoofs = [
      `https://evil.example/?${OWN.origin}`,
      `https://${OWN_ID}.evil.example/`,
      `chrome-extension://${OWN_ID}.evil.example/`,
      `CHROME-EXTENSION://${OWN_ID.toUpperCase()}/popup.html`,
    ];
    for (const url of spoofs) {
      expect(
        checkMessage(
          { type: 'clear-reports', data: {} },
          { id: OWN_ID, tab: { id: 3 } as Sender['tab'], url },
          OWN,
        ).ok,
      ).toBe(false);
    }
  });
});

describe('sendableAnalysis: what the background keeps of what a page gave it', () => {
  const figure = fc.record({
    measure: fc.constantFrom(...MEASURES),
    subject: fc.constantFrom(...SUBJECTS),
    claimant: fc.constantFrom(...CLAIMANTS, null),
    value: fc.oneof(fc.nat(), fc.double()),
    upper: fc.oneof(fc.constant(null), fc.double()),
    qualifier: fc.constantFrom(...QUALIFIERS),
    text: fc.string({ maxLength: 20 }),
    start: fc.integer({ min: -5, max: 300 }),
    end: fc.integer({ min: -5, max: 300 }),
    unit: fc.constant(null),
    claimantName: fc.constant(null),
    sentenceStart: fc.integer({ min: -5, max: 300 }),
    sentenceEnd: fc.integer({ min: -5, max: 300 }),
  });

  it('keeps of an analysis exactly the figures JSON can carry, and refuses it when a kept offset is outside the text or out of order', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(figure, { maxLength: 4 }),
        (text, figures) => {
          const analysis = {
            url: null,
            coverage: { detected: true, score: 1, signals: [] },
            article: { title: '', outlet: '', domain: '', published: null, text, byline: null },
            figures,
          };
          const amount = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0);
          const kept = figures.filter((f) => amount(f.value) && amount(f.upper));
          const sound = kept.every(
            (f) =>
              f.start >= 0 &&
              f.start <= f.end &&
              f.end <= text.length &&
              f.sentenceStart >= 0 &&
              f.sentenceStart <= f.sentenceEnd &&
              f.sentenceEnd <= text.length,
          );
          if (sound) expect(sendableAnalysis(analysis).figures).toEqual(kept);
          else expect(() => sendableAnalysis(analysis)).toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    [
      'an error of 2,001 characters',
      { url: 'https://www.dawn.com/a', error: 'x'.repeat(2_001) },
      'page-article-failed',
    ],
    [
      'a url of 4,001 characters',
      { url: 'https://a.com/' + 'x'.repeat(4_000), error: 'x' },
      'page-article-failed',
    ],
  ] as const)('refuses oversized claims: %s', (_label, data, type) => {
    const sender = { id: OWN_ID, tab: { id: 1 } as Sender['tab'], url: 'https://www.dawn.com/a' };
    expect(checkMessage({ type, data }, sender, OWN).ok).toBe(false);
  });
});
