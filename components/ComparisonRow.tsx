import type { CompareReport, CompareRow } from '../lib/types';
import { describeContested, describeStatus } from '../lib/format/describe-status';
import { describeProgression } from '../lib/format/describe-progression';
import { describeSlot } from '../lib/format/describe-slot';
import { formatFigureValue } from '../lib/format/format-figure';
import { formatPublished } from '../lib/format/format-published';
import { quoteParts } from '../lib/format/quote-parts';
import { Disclosure } from './Disclosure';
import { ContestedBadge, StatusBadge } from './StatusBadge';
import { SentenceQuote } from './SentenceQuote';
import type { ShowFigure } from './FigureList';
import { useState } from 'preact/hooks';
import type { CompareValue } from '../lib/types';

export interface ComparisonRowProps {
  row: CompareRow;
  reports: readonly CompareReport[];
  /** Index of the report that is the page being read (marked "this page"). */
  currentReport?: number;
  timeZone?: string;
  /** "Show on page" for this page's own value. */
  onShow?: ShowFigure;
}

/**
 * Where a value comes from. A value read from an article shows its sentence
 * as a quotation (verbatim from that article). A reference value, or one
 * without its sentence, shows only the figure phrase and who reported it:
 * the reference set's sentences are our own summaries, never quotations.
 */
function ValueSource({
  value,
  report,
  when,
}: {
  value: CompareValue;
  report: CompareReport | undefined;
  when: string | null;
}) {
  const outlet = report?.outlet || report?.domain || 'an unknown outlet';
  if (report?.origin === 'reference' || value.sentence.trim() === '') {
    const safeUrl = report?.url && /^https?:\/\//i.test(report.url) ? report.url : null;
    return (
      <p class="value-source">
        <mark>{value.text}</mark>, reported by {outlet}
        {when ? `, ${when}` : ''}
        {report?.origin === 'reference' ? ' (Crosscheck reference set)' : ''}
        {safeUrl ? (
          <>
            {' · '}
            <a href={safeUrl} target="_blank" rel="noopener noreferrer">
              {`Read at ${outlet}`}
              <span aria-hidden="true"> ↗</span>
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        ) : null}
      </p>
    );
  }
  return (
    <SentenceQuote
      parts={quoteParts(value.sentence, value.text)}
      url={report?.url ?? null}
      outlet={report?.outlet ?? null}
    />
  );
}

/** "Show on page" for the page's own value in a compared row. */
function ShowValue({ value, onShow }: { value: CompareValue; onShow: ShowFigure }) {
  const [missing, setMissing] = useState(false);
  const words = formatFigureValue(value);
  return (
    <>
      <button
        type="button"
        class="link-button figure__show"
        aria-label={`Show on page: ${words}`}
        onClick={() =>
          void onShow({ text: value.text }, value.sentence)
            .catch(() => false)
            .then((found) => setMissing(!found))
        }
      >
        Show on page
      </button>
      {missing ? (
        <span class="muted figure__missing" role="status">
          The page no longer shows this phrase.
        </span>
      ) : null}
    </>
  );
}

/** An outlet's name with its marks: this page, trusted (★), reference set. */
export function ReportName({
  report,
  current,
}: {
  report: CompareReport | undefined;
  current: boolean;
}) {
  if (!report) return <span>Unknown outlet</span>;
  return (
    <span class="report-name">
      <span class="report-name__outlet">{report.outlet || report.domain}</span>
      {current ? <span class="tag tag--current">this page</span> : null}
      {report.trusted ? (
        <span class="tag tag--trusted">
          <span aria-hidden="true">★ </span>trusted
        </span>
      ) : null}
      {report.origin === 'reference' ? <span class="tag tag--reference">reference</span> : null}
      {report.origin === 'discovery' ? (
        <span class="tag tag--discovery" title="Found through discovery; not one of your sources">
          found via discovery, not in your sources
        </span>
      ) : null}
    </span>
  );
}

/**
 * One slot (what is counted, and who claims it) across reports. The element
 * carries `data-status` and `data-contested` (the contract's e2e hooks).
 */
export function ComparisonRow({
  row,
  reports,
  currentReport = 0,
  timeZone,
  onShow,
}: ComparisonRowProps) {
  const unit = row.values.find((v) => v.unit)?.unit ?? null;
  const title = describeSlot({ ...row, unit });
  const status = describeStatus(row);
  const progression =
    status.kind === 'update'
      ? describeProgression(row.values, reports, { short: true, timeZone })
      : null;
  return (
    <li
      class={`slot slot--${status.kind}${row.contested ? ' slot--contested' : ''}`}
      data-status={row.status}
      data-contested={row.contested ? 'true' : 'false'}
      data-update={row.update ? 'true' : 'false'}
    >
      <div class="slot__head">
        <h3 class="slot__title">{title}</h3>
        <div class="slot__badges">
          <StatusBadge row={row} />
          {row.contested ? <ContestedBadge /> : null}
        </div>
      </div>
      {row.contested ? (
        <p class="slot__note slot__note--contested">
          <span aria-hidden="true">⚖ </span>
          {describeContested(row.claimant).note}
        </p>
      ) : null}
      {progression ? (
        <p class="slot__note slot__note--update">
          <span aria-hidden="true">↗ </span>
          {progression.summary}
          {progression.steps.some((s) => s.when) ? (
            <span class="slot__times">
              {' ('}
              {progression.steps
                .map((s) => `${s.value}: ${s.outlet}${s.when ? `, ${s.when}` : ''}`)
                .join('; ')}
              {')'}
            </span>
          ) : null}
        </p>
      ) : status.kind !== 'agree' ? (
        <p class="slot__note visually-hidden">{status.note}</p>
      ) : null}
      <table class="values">
        <caption class="visually-hidden">Reports of: {title}</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Figure</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {row.values.map((v, i) => {
            const report = reports[v.report];
            const when = formatPublished(report?.published ?? null, { short: true, timeZone });
            const words = formatFigureValue(v);
            return (
              <tr
                key={`${v.report}-${i}`}
                class={v.report === currentReport ? 'values__current' : undefined}
              >
                <th scope="row">
                  <ReportName report={report} current={v.report === currentReport} />
                </th>
                <td>
                  <Disclosure
                    summary={<strong class="figure-value">{words}</strong>}
                    label={`${words}, reported by ${report?.outlet || 'an unknown outlet'}: where it comes from`}
                  >
                    <ValueSource value={v} report={report} when={when} />
                  </Disclosure>
                  {onShow && v.report === currentReport ? (
                    <ShowValue value={v} onShow={onShow} />
                  ) : null}
                </td>
                <td class="values__when">
                  {when ? (
                    <time dateTime={report?.published ?? undefined}>{when}</time>
                  ) : (
                    <span class="muted">no date</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </li>
  );
}
