/**
 * "Show on page": injected by the background when the reader asks to see a
 * figure in the article. It selects the phrase and scrolls to it, and opens
 * the card of a marked figure (entrypoints/analyzer/marks.tsx, same world). A
 * selection is the browser's own highlight: it changes nothing in the page,
 * is not shown by colour alone, and goes away with the next click.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findPhraseRange } from '../lib/page/locate-phrase';

declare global {
  var crosscheckShowPhrase: ((sentence: string, phrase: string) => boolean) | undefined;
}

export default defineUnlistedScript(() => {
  globalThis.crosscheckShowPhrase = (sentence, phrase) => {
    try {
      const range = findPhraseRange(document, sentence, phrase);
      if (!range) return false;
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      // A marked figure also opens its card, focused: Escape closes it.
      globalThis.crosscheckMarks?.reveal(range);
      return true;
    } catch {
      return false;
    }
  };
});
