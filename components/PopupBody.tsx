import type { TabView } from '../lib/types';
import { ComparisonTable, rowsToShow } from './ComparisonTable';
import { EmptyState } from './EmptyState';
import { FigureList, type ShowFigure } from './FigureList';
import { PopupHeader } from './PopupHeader';

export interface PopupBodyProps {
  /** null while the first answer is awaited. */
  view: TabView | null;
  /** Why no view could be fetched, in words. */
  failure?: string | null;
  onOpenOptions?: () => void;
  /** Read this page once although its site is not in the list (uses activeTab). */
  onReadOnce?: () => void;
  /** Select a figure's phrase in the page. */
  onShowFigure?: ShowFigure;
  timeZone?: string;
}

/** The site of an http(s) address without "www.", for "Add this site". */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const NOT_COVERAGE = 'This page does not seem to cover the Pakistan–Afghanistan conflict';

function Footer({ onOpenOptions }: { onOpenOptions?: () => void }) {
  return (
    <footer class="popup-footer">
      <button type="button" class="link-button" onClick={onOpenOptions}>
        Sources and settings
      </button>
      <span class="muted">Figures are claims, not verified facts.</span>
    </footer>
  );
}

function Phase({
  view,
  failure,
  onReadOnce,
}: {
  view: TabView | null;
  failure?: string | null;
  onReadOnce?: () => void;
}) {
  if (failure) {
    return (
      <EmptyState icon="⚠" title="Crosscheck could not show this tab" role="alert">
        <p>{failure}</p>
      </EmptyState>
    );
  }
  if (!view) return <EmptyState icon="◌" title="Opening…" role="status" busy />;
  switch (view.phase) {
    case 'unsupported': {
      const site = siteOf(view.url);
      return (
        <EmptyState icon="⊘" title="Crosscheck does not read this page">
          <p>
            It reads news pages from the outlets in your sources. If this is a news site that covers
            the conflict, you can add it, or read just this page once.
          </p>
          {onReadOnce ? (
            <p>
              <button type="button" class="button" onClick={onReadOnce}>
                Read this page once
              </button>
            </p>
          ) : null}
          {site ? (
            <p>
              <a
                class="button button--primary"
                href={`/options.html#add=${encodeURIComponent(site)}`}
                target="_blank"
                rel="noopener"
              >
                Add this site ({site})
              </a>
            </p>
          ) : null}
        </EmptyState>
      );
    }
    case 'waiting':
      return (
        <EmptyState icon="◌" title="Waiting for the page to finish loading…" role="status" busy />
      );
    case 'analysing':
      return (
        <EmptyState icon="◌" title="Reading the article…" role="status" busy>
          <p>Finding its figures and who claims them, then looking for other outlets' reports.</p>
        </EmptyState>
      );
    case 'not-coverage': {
      const signals = view.analysis?.coverage.signals ?? view.gate?.signals ?? [];
      return (
        <EmptyState icon="○" title={NOT_COVERAGE} role="status">
          {signals.length > 0 ? (
            <p>
              It mentions {signals.slice(0, 6).join(', ')}
              {signals.length > 6 ? ' and more' : ''}, but not enough to be about the conflict.
            </p>
          ) : (
            <p>
              Crosscheck looks for the conflict's places, people and events before reading figures.
            </p>
          )}
        </EmptyState>
      );
    }
    case 'error':
      return (
        <EmptyState icon="⚠" title="Crosscheck could not read this page" role="alert">
          <p>{view.error ?? 'Something went wrong while reading the article.'}</p>
          <p>Reloading the page usually helps.</p>
        </EmptyState>
      );
    case 'ready':
      return null;
  }
}

/** The popup for one tab, in every phase of reading it. */
export function PopupBody({
  view,
  failure,
  onOpenOptions,
  onReadOnce,
  onShowFigure,
  timeZone,
}: PopupBodyProps) {
  const ready = !failure && view?.phase === 'ready' && view.analysis ? view.analysis : null;
  if (!ready || !view) {
    return (
      <main class="popup-main" aria-live="polite" data-phase={failure ? 'error' : view?.phase}>
        <p class="brand">Crosscheck</p>
        <Phase view={view} failure={failure} onReadOnce={onReadOnce} />
        <Footer onOpenOptions={onOpenOptions} />
      </main>
    );
  }
  const comparison = view.comparison;
  const shown = comparison ? rowsToShow(comparison.rows) : [];
  const disagreements = shown.filter((r) => r.status === 'conflict' && !r.update).length;
  const contested = shown.filter((r) => r.contested).length;
  const others = comparison ? comparison.reports.length - 1 : 0;
  return (
    <main class="popup-main" data-phase="ready">
      <PopupHeader article={ready.article} coverage={ready.coverage} timeZone={timeZone} />
      <p class="summary">
        <a href="#figures">
          {ready.figures.length} {ready.figures.length === 1 ? 'figure' : 'figures'}
        </a>
        {' · '}
        <a href="#compare">
          {others} other {others === 1 ? 'report' : 'reports'}
        </a>
        {disagreements > 0 ? (
          <span class="summary__alert">
            {' · '}
            <span aria-hidden="true">✗ </span>
            {disagreements} outlet {disagreements === 1 ? 'disagreement' : 'disagreements'}
          </span>
        ) : null}
        {contested > 0 ? (
          <span>
            {' · '}
            <span aria-hidden="true">⚖ </span>
            {contested} contested
          </span>
        ) : null}
      </p>
      <section id="figures" aria-labelledby="figures-title" class="section">
        <h2 id="figures-title">This page's figures</h2>
        <FigureList analysis={ready} onShow={onShowFigure} />
      </section>
      <section id="compare" aria-labelledby="compare-title" class="section">
        <h2 id="compare-title">Across outlets</h2>
        <ComparisonTable
          comparison={comparison}
          storedReports={view.storedReports ?? undefined}
          timeZone={timeZone}
        />
      </section>
      <Footer onOpenOptions={onOpenOptions} />
    </main>
  );
}
