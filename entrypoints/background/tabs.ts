/**
 * Per-tab state: the gate's verdict, the analysis, and the badge.
 */
import { browser } from 'wxt/browser';
import type { RequestOf, Sender } from '../../lib/messaging';
import {
  readTabState,
  removeTabState,
  writeTabState,
  type TabState,
} from '../../lib/store/tab-state';
import { toReport } from '../../lib/compare/to-report';
import { withTalliedEvent } from '../../lib/compare/events-by-tallies';
import type { Analysis, Comparison, GateResult, Report, TabView } from '../../lib/types';
import { addressMayCover } from '../../lib/coverage/address-may-cover';
import { nextLook, type LastLook } from '../../lib/page/next-look';
import {
  compareWithStore,
  markStoreChanged,
  seedReferenceReports,
  storeAccess,
  storeChangedSince,
  trustedDomains,
  trustedKey,
} from './reports';
import { setBadge } from './badge';
import { loadReference, REFERENCE_REPORTS } from '../../lib/reference/claims';
import { getSources } from '../../lib/store/settings';
import { NEWS_DOMAINS } from '../../lib/sources/news-domains';
import { isCoveredDomain } from '../../lib/sources/covered-domain';
import * as v from 'valibot';
import { GateSchema, sendableAnalysis } from '../../lib/messaging';
import { analyzeArticle } from '../../lib/analyze';
import { pushMarks } from './marks';
import { MARK_STYLES } from '../../lib/page/mark-styles';

const ANALYZER_FILE = '/analyzer.js';
const GATE_FILE = '/content-gate.js';
/** Wait after a single-page navigation or a title change before looking (the new article renders). */
const SPA_SETTLE_MS = 600;

/**
 * The page's own report, as stored and compared. An undated page takes the
 * episode of the reference reports that repeat its tallies.
 */
function pageReport(analysis: Analysis, seenAt: number): Report {
  return withTalliedEvent(toReport(analysis, { origin: 'page', seenAt }), REFERENCE_REPORTS);
}

export function createTabs() {
  const topFrame = (sender: Sender): number | null =>
    sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 ? sender.tab.id : null;

  async function update(tabId: number, state: TabState, comparison?: Comparison | null) {
    await writeTabState(tabId, state);
    await setBadge(tabId, state, comparison ?? null);
  }

  /** Tabs whose gate was run on demand by the popup and passed (their analysis is under way). */
  const asked = new Set<number>();

  /** Whether a tab shows a page of a site Crosscheck reads (listed, or added with permission). */
  async function onCoveredSite(url: string | undefined): Promise<boolean> {
    let host: string;
    try {
      host = new URL(url ?? '').hostname;
    } catch {
      return false;
    }
    if (isCoveredDomain(host, NEWS_DOMAINS)) return true;
    const added = (await getSources()).filter((s) => s.enabled).map((s) => s.domain);
    return isCoveredDomain(host, added);
  }

  /**
   * Runs the gate in the tab's top frame and returns its verdict (the
   * script's value), or null when it could not run (no permission, not an
   * HTML page, the tab closed).
   */
  async function runGate(tabId: number): Promise<GateResult | null> {
    const results = await browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: [GATE_FILE] })
      .catch(() => []);
    const verdict = v.safeParse(GateSchema, results[0]?.result);
    return verdict.success ? verdict.output : null;
  }

  /**
   * Acts on a gate verdict: a page that passes gets the analyzer; one that
   * fails is kept as not coverage, and after a single-page navigation the
   * last article's marks are removed.
   */
  async function applyGate(tabId: number, url: string, verdict: GateResult, navigated: boolean) {
    const base = { url, gate: verdict, analysis: null, error: null, updatedAt: Date.now() };
    if (!verdict.passed) {
      await update(tabId, { ...base, phase: 'not-coverage' });
      if (navigated) void pushMarks(tabId, url, null, null);
      return false;
    }
    await update(tabId, { ...base, phase: 'analysing' });
    try {
      await injectAnalyzer(tabId);
    } catch (error) {
      await update(tabId, { ...base, phase: 'error', error: describe(error) });
    }
    return true;
  }

  /** The address each tab was last looked at for, and whether its title ruled it out. */
  const looked = new Map<number, LastLook>();

  /**
   * The background's look at a tab on a covered site, from what the tab
   * reports (its address and title, visible here through the host
   * permission): a headline that names nothing of the conflict rules the
   * page out and nothing runs in it; otherwise the gate runs there. Called
   * when a page finishes loading, after a single-page navigation, and when
   * the title changes (a late title may bring the conflict in).
   */
  async function lookAt(tabId: number): Promise<void> {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab?.url || tab.status !== 'complete' || !(await onCoveredSite(tab.url))) return;
    const url = tab.url;
    // The service worker may have restarted: the tab's state says what was looked at last.
    const state = looked.has(tabId) ? null : await readTabState(tabId);
    // Read after the last await: the popup may have started the gate meanwhile.
    const last =
      looked.get(tabId) ?? (state?.url ? { url: state.url, ruledOut: false } : undefined);
    const mayCover = addressMayCover(url, tab.title ?? '');
    const { action, navigated } = nextLook(last, url, mayCover);
    if (action === 'none') return;
    looked.set(tabId, { url, ruledOut: !mayCover });
    if (action === 'rule-out') {
      // A single-page site moved to an off-topic page: its last verdict must not stay.
      if (navigated) await applyGate(tabId, url, { passed: false, score: 0, signals: [] }, true);
      return;
    }
    const verdict = await runGate(tabId);
    if (verdict) await applyGate(tabId, url, verdict, navigated);
    // Not an HTML page, or no access: the popup asks again and shows why.
    else if (looked.get(tabId)?.url === url) looked.delete(tabId);
  }

  /**
   * The popup asks about a tab with no state. On a page of a covered site,
   * that means its address and title ruled it out, or it has not finished
   * loading: run the gate itself now, keep its verdict, and start the
   * analysis if it passes. Returns the phase to show, or null when
   * Crosscheck does not read the page (another site, or not an HTML
   * document).
   */
  async function askGate(tabId: number): Promise<'waiting' | 'not-coverage' | null> {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab?.url || !(await onCoveredSite(tab.url))) return null;
    // Still loading: the background looks at it when it completes.
    if (tab.status !== 'complete' || asked.has(tabId)) return 'waiting';
    // The background's own look is under way (its state follows shortly).
    const last = looked.get(tabId);
    if (last?.url === tab.url && !last.ruledOut) return 'waiting';
    // Claimed before the gate runs, so the background's look does not run it a second time.
    looked.set(tabId, { url: tab.url, ruledOut: false });
    const verdict = await runGate(tabId);
    if (!verdict) {
      if (looked.get(tabId)?.url === tab.url) looked.delete(tabId);
      return null;
    }
    if (verdict.passed) {
      asked.add(tabId);
      void applyGate(tabId, tab.url, verdict, false);
      return 'waiting';
    }
    await applyGate(tabId, tab.url, verdict, false);
    return 'not-coverage';
  }

  /**
   * Runs the analyzer in the tab's top frame; it reports back with
   * 'page-article'. The marks' styles go in with it: inert until the
   * analyzer registers a highlight.
   */
  const injectAnalyzer = async (tabId: number) => {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [ANALYZER_FILE],
    });
    await browser.scripting
      .insertCSS({ target: { tabId, frameIds: [0] }, css: MARK_STYLES })
      .catch(() => undefined);
  };

  /** A new page loads in the tab: nothing of the last one stays. */
  async function reset(tabId: number) {
    asked.delete(tabId);
    looked.delete(tabId);
    await removeTabState(tabId);
    await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  }

  /** One pending look per tab: a burst of updates (address, then title) is looked at once. */
  const pending = new Map<number, ReturnType<typeof setTimeout>>();
  function schedule(tabId: number, delayMs: number) {
    clearTimeout(pending.get(tabId));
    pending.set(
      tabId,
      setTimeout(() => {
        pending.delete(tabId);
        void lookAt(tabId).catch(() => undefined);
      }, delayMs),
    );
  }

  /** A comparison as the tab keeps it, with what it depends on, so the popup can reuse it. */
  async function compareForTab(
    report: Report,
    trusted: ReadonlySet<string>,
  ): Promise<NonNullable<TabState['comparison']>> {
    const value = await compareWithStore(report, Date.now(), trusted);
    return { value, at: Date.now(), trustedKey: trustedKey(trusted) };
  }

  return {
    /**
     * Looks at the tabs already open on covered sites: a page that finished
     * loading before this worker registered its listeners (the extension was
     * just installed or loaded) sent no update to look at. Tabs already
     * looked at keep their state and are left alone.
     */
    async lookAtOpenTabs() {
      const open = await browser.tabs.query({ status: 'complete' }).catch(() => []);
      for (const t of open)
        if (t.id !== undefined && t.url && !pending.has(t.id)) schedule(t.id, 0);
    },

    /** A tab changed (tabs.onUpdated): look at it once it has loaded, or after it navigated in place. */
    onUpdated(tabId: number, change: { status?: string; url?: string; title?: string }) {
      if (change.status === 'loading' && change.url !== undefined) {
        void reset(tabId);
        return;
      }
      if (change.status === 'complete') schedule(tabId, 0);
      else if (change.url !== undefined || change.title !== undefined)
        schedule(tabId, SPA_SETTLE_MS);
    },

    /** A tab's analyzer sent its page's article: its figures are read here, off the page's main thread. */
    async onArticle(data: RequestOf<'page-article'>, sender: Sender) {
      const tabId = topFrame(sender);
      if (tabId === null) return { ok: true as const };
      let analysis: Analysis;
      try {
        analysis = sendableAnalysis(analyzeArticle(data.article, data.url));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return this.onArticleFailed({ url: data.url, error: message.slice(0, 500) }, sender);
      }
      const previous = await readTabState(tabId);
      const state: TabState = {
        url: data.url,
        gate: previous?.gate ?? null,
        analysis,
        error: null,
        phase: analysis.coverage.detected ? 'ready' : 'not-coverage',
        updatedAt: Date.now(),
      };
      let comparison: Comparison | null = null;
      if (analysis.coverage.detected) {
        const report = pageReport(analysis, Date.now());
        const [{ store }, trusted] = await Promise.all([storeAccess(), trustedDomains()]);
        // The page is never matched with itself (same URL), so storing first is safe.
        // A store that cannot be opened or written must not cost the reader this page's figures.
        if (store) {
          await store.put(report).catch((e: unknown) => console.warn('Crosscheck: not stored', e));
          markStoreChanged();
        }
        state.comparison = await compareForTab(report, trusted);
        comparison = state.comparison.value;
      }
      await update(tabId, state, comparison);
      // Only now, with the comparison done, does the page get its marks (none when nothing is disputed).
      void pushMarks(tabId, data.url, analysis, comparison);
      return { ok: true as const };
    },

    async onArticleFailed(data: RequestOf<'page-article-failed'>, sender: Sender) {
      const tabId = topFrame(sender);
      if (tabId === null) return { ok: true as const };
      const previous = await readTabState(tabId);
      await update(tabId, {
        url: data.url,
        gate: previous?.gate ?? null,
        analysis: null,
        phase: 'error',
        error: `Crosscheck could not read this page: ${data.error}`,
        updatedAt: Date.now(),
      });
      return { ok: true as const };
    },

    async view(tabId: number): Promise<TabView> {
      const [first, { store, note }] = await Promise.all([readTabState(tabId), storeAccess()]);
      let state = first;
      const asking = state ? null : await askGate(tabId);
      if (asking === 'not-coverage') state = await readTabState(tabId);
      // Without a store, the comparison uses the reference set held in memory.
      // Counting a large store is a scan: only when the popup shows the count
      // (its empty state: no other report to compare with).
      const countStored = async () =>
        store ? await store.count().catch(() => 0) : loadReference().length;
      const storeNote = store ? null : note;
      if (!state) {
        return {
          tabId,
          url: null,
          phase: asking ?? 'unsupported',
          gate: null,
          analysis: null,
          comparison: null,
          error: null,
          storedReports: await countStored(),
          storeNote,
        };
      }
      let comparison: Comparison | null = null;
      if (state.phase === 'ready' && state.analysis) {
        const trusted = await trustedDomains();
        const key = trustedKey(trusted);
        const cached = state.comparison;
        if (cached && cached.trustedKey === key && !storeChangedSince(cached.at)) {
          comparison = cached.value;
        } else {
          // Feeds or other pages brought reports since: compare afresh, and keep it.
          const report = pageReport(state.analysis, state.updatedAt);
          const next = { ...state, comparison: await compareForTab(report, trusted) };
          comparison = next.comparison.value;
          // The popup waits for this answer, not for the state, badge and marks: they
          // start once the answer is on its way (writing the state clones it whole).
          const url = state.url;
          const analysis = state.analysis;
          const fresh = comparison;
          setTimeout(() => {
            void update(tabId, next, fresh);
            if (url) void pushMarks(tabId, url, analysis, fresh);
          }, 0);
        }
      }
      return {
        tabId,
        url: state.url,
        phase: state.phase,
        gate: state.gate,
        analysis: state.analysis,
        comparison,
        error: state.error,
        storedReports: comparison && comparison.reports.length > 1 ? null : await countStored(),
        storeNote,
      };
    },

    /**
     * The reader asked to read a page on a site outside the list. The popup
     * was opened from the toolbar, so activeTab lets us inject the analyzer
     * into this tab once, without a standing permission for the site.
     */
    async analyseOnRequest(tabId: number): Promise<{ ok: boolean; error: string | null }> {
      const base = { url: null, gate: null, analysis: null, error: null, updatedAt: Date.now() };
      await update(tabId, { ...base, phase: 'analysing' });
      try {
        await injectAnalyzer(tabId);
        return { ok: true, error: null };
      } catch (error) {
        const message =
          'Crosscheck cannot read this page (browser pages and some sites do not allow extensions).';
        await update(tabId, { ...base, phase: 'error', error: message });
        return { ok: false, error: `${message} ${reason(error)}` };
      }
    },

    reset,

    async forget(tabId: number) {
      asked.delete(tabId);
      looked.delete(tabId);
      clearTimeout(pending.get(tabId));
      pending.delete(tabId);
      await removeTabState(tabId);
    },

    async clearReports() {
      const { store } = await storeAccess();
      if (!store) return { removed: 0 };
      const before = await store.count();
      await store.clear();
      markStoreChanged();
      await seedReferenceReports();
      const after = await store.count();
      return { removed: Math.max(0, before - after) };
    },
  };
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

function describe(error: unknown): string {
  return `Crosscheck could not read this page (${reason(error)}).`;
}
