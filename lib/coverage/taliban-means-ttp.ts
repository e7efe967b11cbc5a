import { TALIBAN_VERSUS_REPUBLIC } from '../conflict/cues';

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
/** What marks the Taliban as the state since 2021 ("Afghan Taliban" also named the insurgents before). */
const STATE_SINCE_2021 = [
  "Taliban(?:['’]s)?\\s*[-\\s]\\s*(?:government|administration|authorities|regime|rulers|rule|led|run|ruled|controlled|leaders?\\s+in\\s+Kabul|(?:defen[cs]e|foreign|interior|information)\\s+minist(?:ry|er))",
  'Islamic\\s+Emirate',
  'Taliban\\s+(?:took|seized|returned\\s+to|came\\s+to|in)\\s+(?:power|Kabul)',
  'Taliban\\s+takeover',
  "Kabul['’]s\\s+Taliban",
];
const TALIBAN_STATE_SINCE_2021 = new RegExp(STATE_SINCE_2021.join('|'), 'i');

/**
 * The Taliban named beside the militants as a second party ("Taliban fighters and affiliated
 * terrorists", "the Taliban and the TTP"): Pakistan's words for Afghanistan's forces and the
 * militants they host, two groups, so the Taliban there are not the Pakistani Taliban.
 */
const TALIBAN_AND_MILITANTS =
  'Taliban(?:\\s+(?:fighters|forces|regime|posts|troops))?\\s+(?:and|along\\s+with|together\\s+with)\\s+(?:the\\s+|their\\s+)?(?:(?:affiliated|allied|associated|proxy)\\s+)?(?:militants|terrorists|khawarij|khwarij|TTP|Fitna\\s+al[-\\s]?Khawarij)';
const AFGHAN_STATE_TALIBAN = new RegExp(
  ["Afghan(?:istan(?:['’]s)?)?\\s+Taliban", TALIBAN_AND_MILITANTS, ...STATE_SINCE_2021].join('|'),
  'i',
);
const TALIBAN_AND_MILITANTS_RE = new RegExp(TALIBAN_AND_MILITANTS, 'i');

/**
 * True when a bare "Taliban" on this page means the Pakistani Taliban:
 * `ttpNamed` says the page names the TTP by one of its own names.
 *
 * @example talibanMeansTtp('The Pakistani Taliban … the Taliban attacked a post', true) // true
 */
export function talibanMeansTtp(text: string, ttpNamed: boolean): boolean {
  return ttpNamed && !AFGHAN_STATE_TALIBAN.test(text);
}

/** Whether the page names the Taliban beside the militants as a second party ("Taliban and affiliated terrorists"). */
export function talibanBesideMilitants(text: string): boolean {
  return TALIBAN_AND_MILITANTS_RE.test(text);
}

/**
 * The Taliban as insurgents against the Afghan republic (before 2021): at war with the Afghan
 * government, in peace talks with it, beside the republic's army or the foreign coalition, or
 * with the Haqqani network among them.
 */
const TALIBAN_INSURGENCY = new RegExp(
  [
    ...TALIBAN_VERSUS_REPUBLIC,
    'Afghan\\s+National\\s+Army',
    'ANDSF',
    'ISAF',
    '(?:US|U\\.S\\.|NATO)[-\\s]led\\s+(?:forces|troops|coalition)',
  ].join('|'),
  'i',
);

/**
 * True when the Taliban on this page are the republic's insurgents, not Afghanistan's state:
 * neither "Taliban" nor "Afghan Taliban" then names a side of the two states' fight.
 *
 * @example talibanAreInsurgents('peace talks between the Afghan Taliban and the government') // true
 */
export function talibanAreInsurgents(text: string): boolean {
  return TALIBAN_INSURGENCY.test(text) && !TALIBAN_STATE_SINCE_2021.test(text);
}
