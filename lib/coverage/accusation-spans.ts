/**
 * The standing charge each side lays against the other ("Islamabad accuses
 * Kabul of harbouring militants who stage cross-border attacks", "each
 * accusing the other of sheltering groups hostile to it"): background that
 * most reports of the two repeat, whatever their news. The attacks it
 * names are the militants', not fighting between the two states, so its
 * words are no sign that the page is about that fighting ("the TTP is accused of using
 * sanctuaries in Afghanistan" too). The clause runs
 * from the verb of accusing to the end of its sentence; what comes before
 * the verb ("jets struck hideouts in Khost, accusing Kabul of …") stays.
 */
const ACCUSATION =
  /(?<![A-Za-z])(?:accus|blam|charg)\w*\s+(?:[^.;!?\n]{0,60}?\s)?(?:of|for|with)\s+(?:(?:openly|actively|covertly|still|continuing\s+to)\s+)?(?:harbou?r|shelter|host|allow|giv|provid|support|back|protect|sponsor|aid|abet|fund|financ|facilitat|export|us(?=e|es|ed|ing)(?![a-z]*ful))\w*[^.;!?\n]*/gi;

/**
 * Start and end offsets of each accusation clause in `text`.
 *
 * @example accusationSpans('Pakistan accuses Kabul of sheltering militants who attack it.') // [[9, 60]]
 */
export function accusationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  ACCUSATION.lastIndex = 0;
  for (let m = ACCUSATION.exec(text); m; m = ACCUSATION.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}
