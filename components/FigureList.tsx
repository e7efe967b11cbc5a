import type { Analysis, Figure } from '../lib/types';
import { describeCount } from '../lib/format/describe-count';
import { formatFigureValue } from '../lib/format/format-figure';
import { groupByClaimant } from '../lib/format/group-by-claimant';
import { figureQuote } from '../lib/format/quote-parts';
import { Disclosure } from './Disclosure';
import { FigureValue } from './FigureValue';
import { SentenceQuote } from './SentenceQuote';

export interface FigureListProps {
  analysis: Pick<Analysis, 'figures' | 'url'> & { article: Pick<Analysis['article'], 'text'> };
}

function FigureItem({ figure, text }: { figure: Figure; text: string }) {
  const count = describeCount(figure.measure, figure.subject, figure.unit);
  return (
    <li class="figure">
      <div class="figure__line">
        <strong class="figure__value">
          <FigureValue figure={figure} />
        </strong>{' '}
        <span class="figure__count">{count}</span>
        {figure.claimantName ? <span class="figure__speaker"> — {figure.claimantName}</span> : null}
      </div>
      <Disclosure
        summary="Sentence"
        label={`Show the sentence for ${formatFigureValue(figure)} ${count.toLowerCase()}`}
        class="figure__quote"
      >
        <SentenceQuote parts={figureQuote(text, figure)} />
      </Disclosure>
    </li>
  );
}

/** This page's figures, grouped by who claims them. */
export function FigureList({ analysis }: FigureListProps) {
  const groups = groupByClaimant(analysis.figures);
  if (groups.length === 0) {
    return <p class="muted">Crosscheck found no casualty or claim figures in this article.</p>;
  }
  return (
    <div class="figure-groups">
      {groups.map((g) => (
        <section
          class="figure-group"
          key={String(g.claimant)}
          aria-label={`Figures from ${g.label}`}
        >
          <h3 class="figure-group__title">
            {g.label} <span class="count">({g.items.length})</span>
          </h3>
          <ul class="figure-list">
            {g.items.map((f) => (
              <FigureItem
                key={`${f.start}-${f.end}-${f.measure}`}
                figure={f}
                text={analysis.article.text}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
