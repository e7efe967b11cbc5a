import type { Article, Coverage } from '../lib/types';
import { formatPublished } from '../lib/format/format-published';
import { CoverageChip } from './CoverageChip';

export interface PopupHeaderProps {
  article: Pick<Article, 'title' | 'outlet' | 'domain' | 'published'>;
  coverage: Coverage;
  timeZone?: string;
}

/** The page's outlet, title, date and coverage verdict. */
export function PopupHeader({ article, coverage, timeZone }: PopupHeaderProps) {
  const published = formatPublished(article.published, { timeZone });
  return (
    <header class="page-header">
      <p class="page-header__outlet">
        <span class="page-header__name">{article.outlet || article.domain}</span>
        {published ? (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={article.published ?? undefined}>{published}</time>
          </>
        ) : null}
      </p>
      <h1 class="page-header__title">{article.title || 'Untitled page'}</h1>
      <CoverageChip coverage={coverage} />
    </header>
  );
}
