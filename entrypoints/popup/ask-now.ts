import { askFirst, EARLY_QUESTION, requestedTabOf, type FirstQuestion } from './first-question';
import { polyfillAsker } from './polyfill-asker';

/**
 * The question the popup's head script sent while the page loaded, taken
 * once. The slot is left holding null: a head script that runs only now
 * (it is async) sees it and asks nothing.
 */
function takeEarlyQuestion(): Promise<FirstQuestion> | undefined {
  const holder = globalThis as { [EARLY_QUESTION]?: Promise<FirstQuestion> | null };
  const early = holder[EARLY_QUESTION] ?? undefined;
  holder[EARLY_QUESTION] = null;
  return early;
}

// Imported first by the popup's entry. The question normally left already
// (the head script); if that script has not run, evaluating this sends it.
export const requestedTab = requestedTabOf(location.search);
export const firstQuestion = takeEarlyQuestion() ?? askFirst(requestedTab, polyfillAsker);
