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
import type { Comparison, Report, TabView } from '../../lib/types';
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
import { loadReference } from '../../lib/reference/claims';
import { getSources } from '../../lib/store/settings';
import { NEWS_DOMAINS } from '../../lib/sources/news-domains';
import { isCoveredDomain } from '../../lib/sources/covered-domain';
import * as v from 'valibot';
import { GateSchema } from '../../lib/messaging';
import { pushMarks } from './marks';
import { MARK_STYLES } from '../../lib/page/mark-styles';

const ANALYZER_FILE = '/analyzer.js';
const GATE_FILE = '/content-gate.js';

export function createTabs() {
  const topFrame = (sender: Sender): number | null =>
    sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 ? sender.tab.id : null;

  async function update(tabId: number, state: TabState, comparison?: Comparison | null) {
    await writeTabState(tabId, state);
    await setBadge(tabId, state, comparison ?? null);
  }

  /** Tabs whose gate verdict was asked for on demand (content.ts reports only passes on its own). */
  const asked = new Set<number>();

  /** Whether a tab shows a page of a site the content script runs on. */
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
   * The popup asks about a tab with no state. On a page the content script
   * runs on, that means its gate failed (it stays silent then, to cost the
   * page nothing more) or has not run yet: run it again in the top frame
   * and read its verdict from the script's value. A failed verdict is kept
   * as the tab's state here; a passing one reports itself as on a first
   * load. Returns the phase to show, or null when Crosscheck does not read
   * the page (another site, or not an HTML document).
   */
  async function askGate(tabId: number): Promise<'waiting' | 'not-coverage' | null> {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab?.url || !(await onCoveredSite(tab.url))) return null;
    // Still loading: the content script will run at document idle.
    if (tab.status !== 'complete' || asked.has(tabId)) return 'waiting';
    const results = await browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, files: [GATE_FILE] })
      .catch(() => []);
    const verdict = v.safeParse(GateSchema, results[0]?.result);
    if (!verdict.success) return null;
    if (verdict.output.passed) {
      asked.add(tabId);
      return 'waiting';
    }
    await update(tabId, {
      url: tab.url,
      gate: verdict.output,
      analysis: null,
      error: null,
      phase: 'not-coverage',
      updatedAt: Date.now(),
    });
    return 'not-coverage';
  }

  /**
   * Runs the full analysis in the tab's top frame; it reports back with
   * 'page-analysis'. The marks' styles go in with it: inert until the
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

  /** A comparison as the tab keeps it, with what it depends on, so the popup can reuse it. */
  async function compareForTab(
    report: Report,
    trusted: ReadonlySet<string>,
  ): Promise<NonNullable<TabState['comparison']>> {
    const value = await compareWithStore(report, Date.now(), trusted);
    return { value, at: Date.now(), trustedKey: trustedKey(trusted) };
  }

  return {
    async onGate(data: RequestOf<'page-gate'>, sender: Sender) {
      const tabId = topFrame(sender);
      if (tabId === null) return { analyse: false };
      const base = {
        url: data.url,
        gate: data.gate,
        analysis: null,
        error: null,
        updatedAt: Date.now(),
      };
      if (!data.gate.passed) {
        await update(tabId, { ...base, phase: 'not-coverage' });
        // A single-page site moved to an off-topic page: no marks of the last article stay.
        void pushMarks(tabId, data.url, null, null);
        return { analyse: false };
      }
      await update(tabId, { ...base, phase: 'analysing' });
      try {
        await injectAnalyzer(tabId);
      } catch (error) {
        await update(tabId, { ...base, phase: 'error', error: describe(error) });
      }
      return { analyse: true };
    },

    async onAnalysis(data: RequestOf<'page-analysis'>, sender: Sender) {
      const tabId = topFrame(sender);
      if (tabId === null) return { ok: true as const };
      const previous = await readTabState(tabId);
      const analysis = data.analysis;
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
        const report = toReport(analysis, { origin: 'page', seenAt: Date.now() });
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

    async onAnalysisFailed(data: RequestOf<'page-analysis-failed'>, sender: Sender) {
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
          const report = toReport(state.analysis, { origin: 'page', seenAt: state.updatedAt });
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

    async reset(tabId: number) {
      asked.delete(tabId);
      await removeTabState(tabId);
      await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    },

    async forget(tabId: number) {
      asked.delete(tabId);
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
