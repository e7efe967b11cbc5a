/**
 * The page's share of the analysis, injected by the background only into
 * tabs whose page passed the cheap gate: it reads the article (title,
 * outlet, date, body text) and sends it to the background, which reads its
 * figures. Only the DOM work runs on the page's main thread; the text
 * analysis, the costly part, runs in the extension's own process. Runs in
 * the extension's isolated world, so page scripts that overwrite built-ins
 * cannot reach it; reads the page through a clone and never changes it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../../lib/article/extract-article';
import { pageRuntime, sendMessageVia } from '../../lib/messaging';
import { installMarks } from './marks';

export default defineUnlistedScript(() => {
  const url = location.href;
  const runtime = pageRuntime();
  try {
    // Listens for the marks before the article goes out: the answer may come at once.
    installMarks();
  } catch {
    // A browser without the Highlight API still gets the popup.
  }
  try {
    const article = extractArticle(document, url);
    sendMessageVia(runtime, 'page-article', { url, article }).catch(() => undefined);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendMessageVia(runtime, 'page-article-failed', { url, error: message.slice(0, 500) }).catch(
      () => undefined,
    );
  }
});
