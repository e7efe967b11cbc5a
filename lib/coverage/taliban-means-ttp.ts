/**
 * Which Taliban a page means by a bare "Taliban". Since 2021 the Taliban are
 * Afghanistan's rulers, and coverage of the conflict calls them that; but a
 * page about the Pakistani Taliban (the TTP, an insurgency inside Pakistan)
 * often shortens that name to "the Taliban", as do pages about the Taliban's
 * own insurgency before they took power. Bare "Taliban" names Afghanistan's
 * side unless the page names the Pakistani Taliban and never qualifies any
 * Taliban as Afghanistan's state (its government, authorities, regime, the
 * Islamic Emirate, "Afghan Taliban", the Taliban who took power in Kabul).
 */
const AFGHAN_STATE_TALIBAN = new RegExp(
  [
    "Afghan(?:istan(?:['’]s)?)?\\s+Taliban",
    "Taliban(?:['’]s)?\\s*[-\\s]\\s*(?:government|administration|authorities|regime|rulers|rule|led|run|ruled|controlled|leaders?\\s+in\\s+Kabul|(?:defen[cs]e|foreign|interior|information)\\s+minist(?:ry|er))",
    'Islamic\\s+Emirate',
    'Taliban\\s+(?:took|seized|returned\\s+to|came\\s+to|in)\\s+(?:power|Kabul)',
    'Taliban\\s+takeover',
    "Kabul['’]s\\s+Taliban",
  ].join('|'),
  'i',
);

/**
 * True when a bare "Taliban" on this page means the Pakistani Taliban:
 * `ttpNamed` says the page names the TTP by one of its own names.
 *
 * @example talibanMeansTtp('The Pakistani Taliban … the Taliban attacked a post', true) // true
 */
export function talibanMeansTtp(text: string, ttpNamed: boolean): boolean {
  return ttpNamed && !AFGHAN_STATE_TALIBAN.test(text);
}
