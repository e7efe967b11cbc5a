/**
 * Entry of the in-page probe bundle (built by probe-bundle.ts with esbuild):
 * the analyzer's and the gate's code, and Readability alone, exposed on
 * `globalThis.__crosscheckBench` so the benchmark can time them in a real
 * page. Never part of the extension.
 */
import { Readability } from '@mozilla/readability';
import { analyzeArticle, analyzeDocument } from '../../lib/analyze';
import { extractArticle } from '../../lib/article/extract-article';
import { gate } from '../../lib/coverage/gate';
import { readGateInput } from '../../lib/page/read-gate-input';

export interface PageProbe {
  analyzeDocument: typeof analyzeDocument;
  /** The page's share, as the analyzer runs it in a tab. */
  extractArticle: typeof extractArticle;
  /** The background's share: coverage and figures of the article the tab sent. */
  analyzeArticle: typeof analyzeArticle;
  gate: typeof gate;
  readGateInput: typeof readGateInput;
  /** Readability's parse alone, on a clone (as extractBody runs it). */
  readabilityParse(doc: Document): unknown;
}

const probe: PageProbe = {
  analyzeDocument,
  extractArticle,
  analyzeArticle,
  gate,
  readGateInput,
  readabilityParse: (doc) => new Readability(doc.cloneNode(true) as Document).parse(),
};

(globalThis as unknown as { __crosscheckBench: PageProbe }).__crosscheckBench = probe;
