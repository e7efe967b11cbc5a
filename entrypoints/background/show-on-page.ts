/** "Show on page": select a figure's phrase in the tab's top frame. */
import { browser } from 'wxt/browser';

const HIGHLIGHTER_FILE = '/highlighter.js';

export async function showOnPage(
  tabId: number,
  sentence: string,
  phrase: string,
): Promise<{ found: boolean }> {
  try {
    // The script defines the function in the extension's isolated world of
    // the page; the second call runs it there with this figure's text.
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [HIGHLIGHTER_FILE],
    });
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (s: string, p: string) => globalThis.crosscheckShowPhrase?.(s, p) ?? false,
      args: [sentence, phrase],
    });
    return { found: result?.result === true };
  } catch {
    return { found: false };
  }
}
