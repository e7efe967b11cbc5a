import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import type { TabView } from '../../lib/types';
import { FORMAT_CONFIG } from '../../lib/format/config';
import { PopupBody } from '../../components/PopupBody';
import { AccessNotice } from '../../components/AccessNotice';
import { FeedsProgressLive } from './feeds-progress';
import { HighlightToggleLive } from './highlight-toggle-live';
import { FEED_HOSTS, NEWS_DOMAINS } from '../../lib/sources/news-domains';
import { hostMatchPatterns } from '../../lib/sources/match-patterns';
import { askFirst, type FirstQuestion } from './first-question';
import { polyfillAsker } from './polyfill-asker';

export interface AppProps {
  requestedTab: number | null;
  /** The question the entry sent before this code ran (see ask-now.ts); used once. */
  first?: Promise<FirstQuestion>;
}

type Load =
  { kind: 'loading' } | { kind: 'view'; view: TabView } | { kind: 'failed'; message: string };

/** Phases in which the background is still working on the page: keep asking. */
const POLLING: ReadonlySet<TabView['phase']> = new Set(['waiting', 'analysing']);

function isTabView(x: unknown): x is TabView {
  return typeof x === 'object' && x !== null && typeof (x as TabView).phase === 'string';
}

/** A request that never answers must not leave the popup on "Opening…". */
function withTimeout<T>(p: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('no answer in time')),
      FORMAT_CONFIG.requestTimeoutMs,
    );
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/** Whether Crosscheck still holds its listed news sites (the reader may withdraw them); never throws. */
async function holdsNewsSites(): Promise<boolean> {
  try {
    return await browser.permissions.contains({
      origins: hostMatchPatterns([...NEWS_DOMAINS, ...FEED_HOSTS]),
    });
  } catch {
    // No answer is not a reason to alarm the reader.
    return true;
  }
}

/** Wiring: find the tab, fetch its view, poll while it is being read. */
export function App({ requestedTab, first }: AppProps) {
  const firstUnused = useRef(first);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [newsAccess, setNewsAccess] = useState(true);
  // Bumped to start polling again after the reader asks to read the page once.
  const [generation, setGeneration] = useState(0);

  // A layout effect runs right after the first render, not after the first
  // paint: the question leaves while the popup paints "Opening…".
  useLayoutEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const poll = async (tabId: number, sent?: Promise<unknown>) => {
      try {
        const view = await withTimeout(sent ?? sendMessage('get-tab-view', { tabId }));
        // The polyfill answers `undefined` when the background dropped the message.
        if (!isTabView(view)) throw new Error('no answer');
        if (stopped) return;
        // Asked only where it is shown, with the view: checking dozens of origins
        // holds up the browser's extension messaging, the popup's question included.
        if (view.phase === 'unsupported') {
          const access = await holdsNewsSites();
          if (stopped) return;
          setNewsAccess(access);
        }
        failures = 0;
        setLoad({ kind: 'view', view });
        if (POLLING.has(view.phase))
          timer = setTimeout(() => void poll(tabId), FORMAT_CONFIG.popupPollMs);
      } catch (e) {
        if (stopped) return;
        // The background may be waking up: try a few times before saying so.
        failures += 1;
        if (failures < FORMAT_CONFIG.popupRetries) {
          timer = setTimeout(() => void poll(tabId), FORMAT_CONFIG.popupPollMs);
        } else {
          setLoad({
            kind: 'failed',
            message: `Crosscheck's background did not answer (${(e as Error).message || 'no reply'}).`,
          });
        }
      }
    };
    const question = firstUnused.current ?? askFirst(requestedTab, polyfillAsker);
    firstUnused.current = undefined;
    void question.then(({ tabId, view }) => {
      if (stopped) return;
      if (tabId === null) setLoad({ kind: 'failed', message: 'There is no open tab to read.' });
      else void poll(tabId, view);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [requestedTab, generation]);

  const readOnce = async () => {
    const tabId = load.kind === 'view' ? load.view.tabId : null;
    if (tabId === null) return;
    const answer = await sendMessage('analyse-tab', { tabId }).catch(() => null);
    if (answer && !answer.ok && answer.error) setLoad({ kind: 'failed', message: answer.error });
    else setGeneration((g) => g + 1);
  };

  const view = load.kind === 'view' ? load.view : null;
  // The first view with data paints its first screen at once; the rest of its
  // tables are rendered once that has painted (effects run after the paint),
  // in a task of their own, so input that arrived meanwhile goes first.
  const [firstScreen, setFirstScreen] = useState(true);
  const ready = view?.phase === 'ready';
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => setFirstScreen(false), 0);
    return () => clearTimeout(timer);
  }, [ready]);
  return (
    <>
      {/* Nothing lights up without access: say why on the page Crosscheck does not read. */}
      {view?.phase === 'unsupported' && !newsAccess ? <AccessNotice variant="line" /> : null}
      {view?.storeNote ? (
        <p class="warning store-note" role="status">
          {view.storeNote}
        </p>
      ) : null}
      {/* Feed progress waits for the page's view: its polling would queue ahead of it. */}
      <FeedsProgressLive
        start={load.kind !== 'loading'}
        onReportsChanged={() => setGeneration((g) => g + 1)}
      />
      <PopupBody
        view={view}
        failure={load.kind === 'failed' ? load.message : null}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onReadOnce={() => void readOnce()}
        highlightToggle={<HighlightToggleLive />}
        firstScreen={firstScreen}
        onShowFigure={async (figure, sentence) => {
          if (load.kind !== 'view') return false;
          const answer = await sendMessage('show-on-page', {
            tabId: load.view.tabId,
            sentence: sentence.slice(0, 2_000),
            phrase: figure.text,
          });
          return answer?.found === true;
        }}
      />
    </>
  );
}
