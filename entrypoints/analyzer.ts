/**
 * The full analysis, injected by the background only into tabs whose page
 * passed the cheap gate. Runs in the extension's isolated world, so page
 * scripts that overwrite built-ins cannot reach it; reads the page through a
 * clone and never changes it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeDocument } from '../lib/analyze';
import { sendMessage } from '../lib/messaging';

export default defineUnlistedScript(() => {
  const url = location.href;
  try {
    const analysis = analyzeDocument(document, { url });
    sendMessage('page-analysis', { url, analysis }).catch(() => undefined);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendMessage('page-analysis-failed', { url, error: message.slice(0, 500) }).catch(
      () => undefined,
    );
  }
});
