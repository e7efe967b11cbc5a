import { askFirst, EARLY_QUESTION, requestedTabOf, type FirstQuestion } from './first-question';
import { polyfillAsker } from './polyfill-asker';

/** The question the popup's head script sent while the page was parsed, taken once. */
function takeEarlyQuestion(): Promise<FirstQuestion> | undefined {
  const holder = globalThis as { [EARLY_QUESTION]?: Promise<FirstQuestion> };
  const early = holder[EARLY_QUESTION];
  delete holder[EARLY_QUESTION];
  return early;
}

// Imported first by the popup's entry. The question normally left already
// (the head script); if that script did not run, evaluating this sends it.
export const requestedTab = requestedTabOf(location.search);
export const firstQuestion = takeEarlyQuestion() ?? askFirst(requestedTab, polyfillAsker);
