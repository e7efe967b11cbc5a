import { useState } from 'preact/hooks';
import type { Analysis, Figure } from '../lib/types';
import { describeCount } from '../lib/format/describe-count';
import { formatFigureValue } from '../lib/format/format-figure';
import { groupByClaimant } from '../lib/format/group-by-claimant';
import { figureQuote } from '../lib/format/quote-parts';
import { speakerName } from '../lib/format/speaker-name';
import { writtenInEnglish } from '../lib/coverage/written-in-english';
import { Disclosure } from './Disclosure';
import { FigureValue } from './FigureValue';
import { SentenceQuote } from './SentenceQuote';

/** Selects a figure's phrase in the page; resolves whether the page still shows it. */
export type ShowFigure = (figure: Pick<Figure, 'text'>, sentence: string) => Promise<boolean>;

export interface FigureListProps {
  analysis: Pick<Analysis, 'figures' | 'url'> & { article: Pick<Analysis['article'], 'text'> };
  /** Which of the analysis's figures to list (default: all). */
  figures?: readonly Figure[];
  /** "Show on page" for each figure, when the page can be reached. */
  onShow?: ShowFigure;
}

/** The figure's sentence, cut out of the article only when shown (the disclosure is opened). */
function FigureQuote({ text, figure }: { text: string; figure: Figure }) {
  return <SentenceQuote parts={figureQuote(text, figure)} />;
}

function FigureItem({
  figure,
  text,
  onShow,
}: {
  figure: Figure;
  text: string;
  onShow?: ShowFigure;
}) {
  const count = describeCount(figure.measure, figure.subject, figure.unit);
  // A pronoun ("he") is no speaker: show a name or nothing (the group names the party).
  const speaker = speakerName(figure.claimantName);
  const [missing, setMissing] = useState(false);
  const show = async () => {
    const sentence = text.slice(figure.sentenceStart, figure.sentenceEnd);
    setMissing(!(await onShow?.(figure, sentence).catch(() => false)));
  };
  return (
    <li class="figure">
      <div class="figure__line">
        <strong class="figure__value">
          <FigureValue figure={figure} />
        </strong>{' '}
        <span class="figure__count">{count}</span>
        {speaker ? <span class="figure__speaker"> — {speaker}</span> : null}
      </div>
      <Disclosure
        summary="Sentence"
        label={`Sentence for ${formatFigureValue(figure)} ${count.toLowerCase()}`}
        class="figure__quote"
      >
        <FigureQuote text={text} figure={figure} />
      </Disclosure>
      {onShow ? (
        <button
          type="button"
          class="link-button figure__show"
          aria-label={`Show on page: ${formatFigureValue(figure)} ${count.toLowerCase()}`}
          onClick={() => void show()}
        >
          Show on page
        </button>
      ) : null}
      {missing ? (
        <span class="muted figure__missing" role="status">
          The page no longer shows this phrase.
        </span>
      ) : null}
    </li>
  );
}

/** This page's figures, grouped by who claims them. */
export function FigureList({ analysis, figures, onShow }: FigureListProps) {
  const groups = groupByClaimant(figures ?? analysis.figures);
  if (groups.length === 0) {
    return (
      <p class="muted">
        {figures && analysis.figures.length > 0
          ? 'Every figure of this page is compared above.'
          : writtenInEnglish(analysis.article.text)
            ? 'Crosscheck found no casualty or claim figures in this article.'
            : 'This article is not in English: Crosscheck tells that it covers the conflict, but reads figures in English only.'}
      </p>
    );
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
                onShow={onShow}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
