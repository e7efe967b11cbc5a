import type { ComponentChildren } from 'preact';
import type { CompareRow, TabView } from '../lib/types';
import { popupSections, type PopupSections } from '../lib/format/popup-sections';
import { NO_OTHER_REPORTS, RowList } from './RowList';
import { ReportName } from './ComparisonRow';
import { Disclosure } from './Disclosure';
import { EmptyState } from './EmptyState';
import { FigureList, type ShowFigure } from './FigureList';
import { PopupHeader } from './PopupHeader';
import { FORMAT_CONFIG } from '../lib/format/config';

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
  /**
   * The "mark disputed figures" setting (a HighlightToggle), shown under the
   * summary; the wiring keeps its state, so reading the setting re-renders
   * the checkbox alone.
   */
  highlightToggle?: ComponentChildren;
  timeZone?: string;
  /**
   * The first render with data: the header, the summary of every section and
   * the first FORMAT_CONFIG.firstScreenRows compared rows with their tables
   * (what the popup shows before scrolling); when rows are withheld, not yet
   * the others nor the list of figures only on this page below them. The
   * wiring renders the rest right after the first paint.
   */
  firstScreen?: boolean;
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
  highlightToggle,
  timeZone,
  firstScreen = false,
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
  const current = 0;
  const others = comparison ? comparison.reports.filter((_, i) => i !== current) : [];
  const sections = popupSections(comparison?.rows ?? [], ready.figures, current);
  const { disputed, confirmed, onlyHere, elsewhere } = sections;
  // The first screen's rows are the disputed ones first, then the confirmed.
  const budget = firstScreen ? FORMAT_CONFIG.firstScreenRows : Infinity;
  const withheld = disputed.length + confirmed.length > budget;
  const rows = (list: CompareRow[], label: string, limit = Infinity) => (
    <RowList
      rows={list}
      reports={comparison?.reports ?? []}
      label={label}
      currentReport={current}
      timeZone={timeZone}
      onShow={onShowFigure}
      limit={limit}
    />
  );
  return (
    <main class="popup-main" data-phase="ready" aria-busy={withheld ? 'true' : undefined}>
      <PopupHeader article={ready.article} coverage={ready.coverage} timeZone={timeZone} />
      <PopupSummary sections={sections} others={others.length} />
      {highlightToggle ?? null}
      {others.length === 0 ? (
        <EmptyState icon="◎" title={NO_OTHER_REPORTS}>
          <p>
            Crosscheck holds{' '}
            {view.storedReports === 1 ? 'one report' : `${view.storedReports} reports`} so far.
          </p>
        </EmptyState>
      ) : (
        <p class="comparison__with">
          Compared with{' '}
          {others.map((r, i) => (
            <span key={`${r.url}-${i}`}>
              {i > 0 ? ', ' : ''}
              <ReportName report={r} current={false} />
            </span>
          ))}
        </p>
      )}
      {others.length > 0 ? (
        <>
          <section id="disputed" aria-labelledby="disputed-title" class="section">
            <h2 id="disputed-title">
              <span aria-hidden="true">✗ </span>Disputed by other reports ({disputed.length})
            </h2>
            {disputed.length > 0 ? (
              rows(disputed, "This page's figures that other reports dispute", budget)
            ) : (
              <p class="muted">No other report disputes this page's figures.</p>
            )}
          </section>
          <section id="confirmed" aria-labelledby="confirmed-title" class="section">
            <h2 id="confirmed-title">
              <span aria-hidden="true">✓ </span>Confirmed by other reports ({confirmed.length})
            </h2>
            {confirmed.length > 0 ? (
              rows(
                confirmed,
                "This page's figures that other reports confirm",
                Math.max(0, budget - disputed.length),
              )
            ) : (
              <p class="muted">No other report gives the same figure as this page yet.</p>
            )}
          </section>
        </>
      ) : null}
      <section id="figures" aria-labelledby="figures-title" class="section">
        <h2 id="figures-title">
          {others.length > 0 ? `Only on this page (${onlyHere.length})` : "This page's figures"}
        </h2>
        {/* Below a screenful of rows: it follows with the withheld tables. */}
        {withheld ? null : (
          <FigureList
            analysis={ready}
            figures={others.length > 0 ? onlyHere : undefined}
            onShow={onShowFigure}
          />
        )}
      </section>
      {elsewhere.length > 0 ? (
        <section id="elsewhere" aria-labelledby="elsewhere-title" class="section">
          <h2 id="elsewhere-title" class="visually-hidden">
            Other figures of this episode
          </h2>
          <Disclosure
            summary={`Other figures of this episode, not on this page (${elsewhere.length})`}
            class="elsewhere"
          >
            {rows(elsewhere, 'Figures other reports give and this page does not')}
          </Disclosure>
        </section>
      ) : null}
      <Footer onOpenOptions={onOpenOptions} />
    </main>
  );
}

/** Counts of the sections below, each a link to its section: they always match the rows shown. */
export function PopupSummary({
  sections,
  others,
}: {
  sections: PopupSections<unknown>;
  others: number;
}) {
  const outlets = sections.disputed.filter((r) => r.status === 'conflict' && !r.update).length;
  const parties = sections.disputed.length - outlets;
  const items: { href: string; text: string; alert?: boolean }[] = [];
  if (others > 0) {
    items.push({
      href: '#disputed',
      text:
        `${sections.disputed.length} disputed` +
        (sections.disputed.length > 0
          ? ` (${[outlets > 0 ? `${outlets} by outlets` : '', parties > 0 ? `${parties} by the parties` : ''].filter(Boolean).join(', ')})`
          : ''),
      alert: sections.disputed.length > 0,
    });
    items.push({ href: '#confirmed', text: `${sections.confirmed.length} confirmed` });
  }
  items.push({
    href: '#figures',
    text:
      others > 0
        ? `${sections.onlyHere.length} only on this page`
        : `${sections.onlyHere.length} ${sections.onlyHere.length === 1 ? 'figure' : 'figures'}`,
  });
  if (sections.elsewhere.length > 0)
    items.push({ href: '#elsewhere', text: `${sections.elsewhere.length} elsewhere` });
  items.push({ href: '#compare', text: `${others} other ${others === 1 ? 'report' : 'reports'}` });
  return (
    <p class="summary">
      {items.map((item, i) => (
        <span key={item.href} class={item.alert ? 'summary__alert' : undefined}>
          {i > 0 ? ' · ' : ''}
          {item.href === '#compare' ? item.text : <a href={item.href}>{item.text}</a>}
        </span>
      ))}
    </p>
  );
}
