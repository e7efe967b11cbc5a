import type { PageMark } from '../lib/page/plan-marks';
import { OUTLETS_DISAGREE, PARTIES_DISAGREE } from '../lib/format/labels';

export interface MarkCardProps {
  mark: Pick<PageMark, 'kind' | 'title' | 'label' | 'pageValue' | 'others'>;
  onClose: () => void;
}

/**
 * The card's own styles. It lives in a closed shadow root in the article's
 * page: the page's styles do not reach in (`all: initial` on the host), and
 * these do not leak out.
 */
export const MARK_CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1b1d21; --muted: #55595f; --border: #c9ccd2; --focus: #1f5fbf;
  --outlets: #b3261e; --parties: #6b3fa0;
  box-sizing: border-box; max-width: 340px; min-width: 220px; padding: 10px 12px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-radius: 8px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  text-align: left; white-space: normal;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #24262c; --fg: #eceef1; --muted: #a9aeb6; --border: #3b3f47; --focus: #8ab4f8;
    --outlets: #ff9b93; --parties: #d2b3ff; }
}
.card:focus { outline: none; }
.card:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.label { margin: 0 0 2px; font-weight: 700; }
.label--outlets { color: var(--outlets); }
.label--parties { color: var(--parties); }
.title { margin: 0 0 6px; color: var(--muted); }
.mine { margin: 0 0 4px; }
ul { margin: 0 0 8px; padding: 0 0 0 18px; }
li { margin: 2px 0; }
.claim { color: var(--muted); }
.foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.brand { color: var(--muted); font-size: 12px; }
button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--border);
  border-radius: 6px; padding: 2px 10px; cursor: pointer;
}
`;

/** What other reports say about a figure marked in the article (icon and words, not colour alone). */
export function MarkCard({ mark, onClose }: MarkCardProps) {
  const icon = mark.kind === 'outlets' ? OUTLETS_DISAGREE.icon : PARTIES_DISAGREE.icon;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={`Crosscheck: ${mark.label}`}
      tabIndex={-1}
      data-kind={mark.kind}
    >
      <style>{MARK_CARD_CSS}</style>
      <p class={`label label--${mark.kind}`}>
        <span aria-hidden="true">{icon} </span>
        {mark.label}
      </p>
      <p class="title">{mark.title}</p>
      <p class="mine">
        This page: <strong>{mark.pageValue}</strong>
      </p>
      {mark.others.length > 0 ? (
        <ul aria-label="Other reports">
          {mark.others.map((o, i) => (
            <li key={i}>
              <strong>{o.value}</strong> — {o.source} <span class="claim">({o.claim})</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="foot">
        <span class="brand">Crosscheck · figures are claims</span>
        <button type="button" onClick={onClose}>
          Close<span aria-hidden="true"> (Esc)</span>
        </button>
      </div>
    </div>
  );
}
