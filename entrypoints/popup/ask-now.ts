import { askFirst, requestedTabOf } from './first-question';

// Imported first by the popup's entry: evaluating this module sends the question.
export const requestedTab = requestedTabOf(location.search);
export const firstQuestion = askFirst(requestedTab);
