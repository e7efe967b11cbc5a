/**
 * Every message between the content script, the analyzer, the background,
 * the popup and the options page, typed in one place and validated on
 * receipt. This is one of the two lib/ modules allowed to touch `browser`.
 *
 * Why validate messages from our own scripts: content scripts run inside
 * pages written by strangers; a compromised renderer can send anything on
 * our runtime port. Messages from other extensions are ignored outright.
 */
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { CLAIMANTS, MEASURES, QUALIFIERS, SUBJECTS } from './types';
import type { Analysis, RefreshProgress, TabView } from './types';
import { MARK_LIMITS } from './page/mark-config';

const MAX_TEXT = 2_000_000;
const shortString = v.pipe(v.string(), v.maxLength(2_000));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0));
const unitScore = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(4_000),
  v.check((s) => /^https?:\/\//i.test(s), 'not an http(s) address'),
);

/** The gate's verdict, as the script the background runs in a tab returns it. */
export const GateSchema = v.object({
  passed: v.boolean(),
  score: unitScore,
  signals: v.pipe(v.array(shortString), v.maxLength(50)),
});

const FigureSchema = v.pipe(
  v.object({
    measure: v.picklist(MEASURES),
    subject: v.picklist(SUBJECTS),
    claimant: v.nullable(v.picklist(CLAIMANTS)),
    value: amount,
    upper: v.nullable(amount),
    qualifier: v.picklist(QUALIFIERS),
    text: shortString,
    start: count,
    end: count,
    unit: v.nullable(shortString),
    claimantName: v.nullable(shortString),
    sentenceStart: count,
    sentenceEnd: count,
  }),
  v.check((f) => f.start <= f.end && f.sentenceStart <= f.sentenceEnd, 'offsets out of order'),
);

/** A page's article as the analyzer in its tab reads it (lib/article/extract-article.ts). */
export const ArticleSchema = v.object({
  title: shortString,
  outlet: shortString,
  domain: shortString,
  published: v.nullable(shortString),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  byline: v.nullable(shortString),
});

export const AnalysisSchema = v.pipe(
  v.object({
    url: v.nullable(httpUrl),
    coverage: v.object({
      detected: v.boolean(),
      score: unitScore,
      signals: v.pipe(v.array(shortString), v.maxLength(100)),
    }),
    article: ArticleSchema,
    figures: v.pipe(v.array(FigureSchema), v.maxLength(2_000)),
  }),
  // Offsets must point inside the text: the popup slices sentences with them.
  v.check(
    (a) =>
      a.figures.every(
        (f) => f.end <= a.article.text.length && f.sentenceEnd <= a.article.text.length,
      ),
    'figure offsets outside the article text',
  ),
);

/**
 * The analysis the background made of a tab's article, made safe to keep and
 * send: tab state and messages are JSON (NaN and Infinity arrive as null),
 * so a figure with such an amount ("a 400-digit run") is dropped rather
 * than the page, and what would still not pass is an error the tab shows.
 */
export function sendableAnalysis(analysis: Analysis): Analysis {
  const acceptable = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0);
  const kept = {
    ...analysis,
    figures: analysis.figures.filter((f) => acceptable(f.value) && acceptable(f.upper)),
  };
  const checked = v.safeParse(AnalysisSchema, kept);
  if (!checked.success) throw new Error(`the analysis is malformed (${checked.issues[0].message})`);
  return kept;
}

const MarkValueSchema = v.object({ value: shortString, source: shortString, claim: shortString });

/** A figure to mark in the page (lib/page/plan-marks.ts). */
export const PageMarkSchema = v.object({
  kind: v.picklist(['outlets', 'parties']),
  phrase: v.pipe(shortString, v.minLength(1)),
  sentence: shortString,
  title: shortString,
  label: shortString,
  pageValue: shortString,
  others: v.pipe(v.array(MarkValueSchema), v.maxLength(MARK_LIMITS.values)),
});

const Empty = v.object({});

/** Request schemas, by message type. */
const REQUESTS = {
  /**
   * analyzer (injected into a tab that passed the gate) → background: the
   * page's article. The background reads its figures: the text analysis is
   * the costly part, and the page's main thread is not where it should run.
   */
  'page-article': v.object({ url: httpUrl, article: ArticleSchema }),
  'page-article-failed': v.object({ url: httpUrl, error: shortString }),
  /**
   * background → the analyzer in a tab: the page's disputed figures to mark
   * (an empty list removes the marks). `url` is the page they belong to.
   */
  'page-marks': v.object({
    url: httpUrl,
    marks: v.pipe(v.array(PageMarkSchema), v.maxLength(MARK_LIMITS.marks)),
    /** The reader's choice (prefs.highlight): marks are kept but drawn only when on. */
    highlight: v.boolean(),
  }),
  /**
   * background → the analyzer in every tab: the reader turned marks on or off.
   * The background reads preferences, so the in-page script need not load storage.
   */
  'marks-enabled': v.object({ highlight: v.boolean() }),
  /** popup → background */
  'get-tab-view': v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /**
   * popup → background: read this tab now, on a site outside the list (the
   * reader clicked the toolbar button, so activeTab grants access to it).
   */
  'analyse-tab': v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** popup → background: select a figure's phrase in the tab's page and scroll to it. */
  'show-on-page': v.object({
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    sentence: shortString,
    phrase: shortString,
  }),
  /** options → background */
  'refresh-now': Empty,
  'get-refresh-progress': Empty,
  'clear-reports': Empty,
  'sources-changed': Empty,
} as const;

export type MessageType = keyof typeof REQUESTS;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof REQUESTS)[K]>;

/** What each message answers. */
export interface Responses {
  'page-article': { ok: true };
  'page-article-failed': { ok: true };
  'page-marks': { marked: number };
  'marks-enabled': { ok: true };
  'get-tab-view': TabView;
  'analyse-tab': { ok: boolean; error: string | null };
  'show-on-page': { found: boolean };
  'refresh-now': RefreshProgress;
  'get-refresh-progress': RefreshProgress;
  'clear-reports': { removed: number };
  'sources-changed': { ok: true };
}

/** Messages only our content scripts (inside a tab) may send. */
const FROM_TABS: ReadonlySet<MessageType> = new Set(['page-article', 'page-article-failed']);

interface Envelope {
  type: MessageType;
  data: unknown;
}

/**
 * A message as it travels, for a sender that cannot load this module (the
 * popup's first question goes out before its scripts have loaded).
 */
export interface EnvelopeOf<K extends MessageType> {
  type: K;
  data: RequestOf<K>;
}

export type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [K in MessageType]?: (data: RequestOf<K>, sender: Sender) => Promise<Responses[K]> | Responses[K];
};

/**
 * Send a typed message to the background.
 * @example const view = await sendMessage('get-tab-view', { tabId: 3 });
 */
export function sendMessage<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
): Promise<Responses[K]> {
  return sendMessageVia(polyfilledRuntime(), type, data);
}

/** sendMessage through a given runtime (the analyzer's is pageRuntime()). */
export async function sendMessageVia<K extends MessageType>(
  runtime: MessageRuntime,
  type: K,
  data: RequestOf<K>,
): Promise<Responses[K]> {
  const envelope: Envelope = { type, data };
  return (await runtime.sendMessage(envelope)) as Responses[K];
}

/**
 * Send a typed message from the background to a tab's top frame (the
 * analyzer's listener there). Rejects when nothing listens.
 * @example await sendToTab(3, 'page-marks', { url, marks: [], highlight: true });
 */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: RequestOf<K>,
): Promise<Responses[K]> {
  const envelope: Envelope = { type, data };
  return (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Responses[K];
}

export type ReceiveResult =
  { ok: true; type: MessageType; data: unknown } | { ok: false; reason: string };

/** Our extension's id and the origin of its pages (`chrome-extension://id/`, `moz-extension://uuid/`). */
export interface OwnExtension {
  id: string;
  origin: string;
}

/**
 * Check a raw message and its sender. Pure apart from reading our own
 * extension id and URL, so it can be tested directly.
 */
export function checkMessage(raw: unknown, sender: Sender, own: OwnExtension): ReceiveResult {
  if (sender.id !== own.id) return { ok: false, reason: 'message from another extension' };
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not an envelope' };
  const { type, data } = raw as Partial<Envelope>;
  if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) {
    return { ok: false, reason: 'unknown message type' };
  }
  const messageType = type as MessageType;
  // A content script speaks for a web page; our own pages (popup, options)
  // may be open in a tab too, so the sender's URL decides, not `sender.tab`.
  const fromTab = sender.tab !== undefined && !(sender.url ?? '').startsWith(own.origin);
  // Page-facing scripts may only report on their page; only extension pages may command.
  if (FROM_TABS.has(messageType) !== fromTab) {
    return { ok: false, reason: `${messageType} not allowed from this sender` };
  }
  const parsed = v.safeParse(REQUESTS[messageType], data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: `invalid ${messageType}: ${path} ${issue.message}`.trim() };
  }
  return { ok: true, type: messageType, data: parsed.output };
}

/**
 * Listen for typed messages. Invalid messages and messages from other
 * extensions are dropped (logged, never answered).
 * @returns a function that removes the listener.
 */
export function onMessage(handlers: Handlers): () => void {
  return onMessageVia(polyfilledRuntime(), handlers);
}

/** onMessage through a given runtime (the analyzer's is pageRuntime()). */
export function onMessageVia(runtime: MessageRuntime, handlers: Handlers): () => void {
  const listener: PromiseListener = (raw, sender) => {
    const checked = checkMessage(raw, sender, {
      id: runtime.id,
      origin: runtime.getURL('/'),
    });
    if (!checked.ok) {
      if (sender.id === runtime.id) console.warn('Crosscheck: dropped message:', checked.reason);
      return undefined;
    }
    const handler = handlers[checked.type] as
      ((data: unknown, sender: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(checked.data, sender));
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** A message listener that answers with a promise, or not at all (undefined). */
type PromiseListener = (raw: unknown, sender: Sender) => Promise<unknown> | undefined;

/** The part of the promise-based `runtime` API that sendMessage and onMessage use. */
export interface MessageRuntime {
  readonly id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: PromiseListener): void;
    removeListener(listener: PromiseListener): void;
  };
}

/** The webextension-polyfill's `browser.runtime` (every script but the analyzer). */
const polyfilledRuntime = (): MessageRuntime => browser.runtime as unknown as MessageRuntime;

/** Chrome's callback-style `chrome.runtime`, as much of it as pageRuntime wraps. */
interface CallbackRuntime {
  readonly id: string;
  readonly lastError?: { message?: string };
  getURL(path: string): string;
  sendMessage(message: unknown, callback: (reply: unknown) => void): void;
  onMessage: {
    addListener(listener: CallbackListener): void;
    removeListener(listener: CallbackListener): void;
  };
}
type CallbackListener = (raw: unknown, sender: Sender, respond: (r: unknown) => void) => boolean;

/** How the webextension-polyfill marks an answer that is an error, so polyfilled senders reject. */
const REJECTED = '__mozWebExtensionPolyfillReject__';
/** Chrome's lastError when no listener answered; the polyfill resolves undefined, as Firefox does. */
const NO_ANSWER = 'The message port closed before a response was received.';

/**
 * The runtime for the analyzer, without the webextension-polyfill (about
 * 11 KB of its bundle): the browser's own promise API where there is one
 * (Firefox's `browser`, which the polyfill hands out unchanged), else
 * Chrome's `chrome.runtime` wrapped exactly as the polyfill wraps these two
 * calls, so the background sees the same answers and rejections.
 */
export function pageRuntime(): MessageRuntime {
  const scope = globalThis as {
    browser?: { runtime?: MessageRuntime };
    chrome?: { runtime: CallbackRuntime };
  };
  if (scope.browser?.runtime?.id) return scope.browser.runtime;
  const native = (scope.chrome as { runtime: CallbackRuntime }).runtime;
  const wrapped = new Map<PromiseListener, CallbackListener>();
  return {
    get id() {
      return native.id;
    },
    getURL: (path) => native.getURL(path),
    sendMessage: (message) =>
      new Promise((resolve, reject) => {
        native.sendMessage(message, (reply) => {
          const error = native.lastError;
          if (error) {
            if (error.message === NO_ANSWER) resolve(undefined);
            else reject(new Error(error.message));
          } else if (reply && (reply as Record<string, unknown>)[REJECTED]) {
            reject(new Error((reply as { message: string }).message));
          } else resolve(reply);
        });
      }),
    onMessage: {
      addListener(listener) {
        const callback: CallbackListener = (raw, sender, respond) => {
          let answer: Promise<unknown> | undefined;
          try {
            answer = listener(raw, sender);
          } catch (error) {
            answer = Promise.reject(error);
          }
          if (!answer) return false;
          answer
            .then(respond, (error: unknown) => {
              const message =
                error instanceof Error ||
                typeof (error as { message?: unknown } | null)?.message === 'string'
                  ? (error as { message: string }).message
                  : 'An unexpected error occurred';
              respond({ [REJECTED]: true, message });
            })
            .catch((error: unknown) =>
              console.error('Failed to send onMessage rejected reply', error),
            );
          return true;
        };
        wrapped.set(listener, callback);
        native.onMessage.addListener(callback);
      },
      removeListener(listener) {
        const callback = wrapped.get(listener);
        if (callback) native.onMessage.removeListener(callback);
        wrapped.delete(listener);
      },
    },
  };
}
