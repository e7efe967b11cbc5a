/**
 * Which reports are independent of each other. The same article can reach
 * the store twice: the page the reader opened and the bundled reference
 * entry (or a feed's copy) of that article, under another address. Counted
 * twice, one outlet would "agree with itself" and a single report would read
 * as confirmed.
 *
 * Two reports are one when they have the same canonical URL, or when they
 * come from the same outlet (registrable domain) and the figures of one are
 * all among the figures of the other (same slot and same value): the
 * reference set keeps only the main claims of an article, so its figure set
 * is usually a part of the page's.
 */
import { registrableDomain } from '../article/registrable-domain';
import type { Report, ReportFigure } from '../types';
import { canonicalUrl } from './canonical-url';

const figureKey = (f: ReportFigure): string =>
  `${f.measure}|${f.subject}|${f.claimant ?? ''}|${f.value}|${f.upper ?? ''}|${f.unit ?? ''}`;

const domainOf = (r: Report): string => registrableDomain(r.domain || r.url);

/** Whether `a` and `b` are the same report of the same article (see above). */
export function sameArticle(a: Report, b: Report): boolean {
  if (canonicalUrl(a.url) === canonicalUrl(b.url)) return true;
  if (domainOf(a) !== domainOf(b)) return false;
  const ka = new Set(a.figures.map(figureKey));
  const kb = new Set(b.figures.map(figureKey));
  if (ka.size === 0 || kb.size === 0) return false;
  const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  return [...small].every((k) => large.has(k));
}

/**
 * Indices of the reports to keep, in order: a report that repeats an
 * earlier one is dropped (the first, the current page, always stays).
 *
 * @example independentReports([page, referenceOfSameArticle, otherOutlet]) // [0, 2]
 */
export function independentReports(reports: readonly Report[]): number[] {
  const kept: number[] = [];
  reports.forEach((r, i) => {
    if (!kept.some((k) => sameArticle(reports[k]!, r))) kept.push(i);
  });
  return kept;
}
