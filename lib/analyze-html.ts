/**
 * `analyze` for a page given as HTML source, parsed with linkedom. Kept apart
 * from lib/analyze.ts so the in-page analyzer bundle does not carry a second
 * DOM implementation.
 */
import { analyzeOwnedDocument, type AnalyzeOptions } from './analyze';
import { parseHtml } from './dom/parse-html';
import type { Analysis } from './types';

export function analyzeHtml(html: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeOwnedDocument(parseHtml(html), options);
}
