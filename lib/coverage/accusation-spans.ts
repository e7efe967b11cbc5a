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
 * The standing demand that goes with it ("urged the Afghan interim government to ensure that
 * Afghan soil is not used for terrorism against Pakistan", "Kabul must prevent the use of its
 * territory", "urging Kabul to choose between the terrorists and Pakistan", "Afghanistan must act
 * against militants"): the same background, from the verb of asking (or the party asked, before
 * "must") to the end of its sentence.
 */
const DEMAND =
  /(?<![A-Za-z])(?:(?:Afghanistan|Kabul|the\s+Taliban|(?:the\s+)?Afghan\s+(?:authorities|government|Taliban|interim\s+government))\s+(?=must|should))?(?:urg|expect|ask|call|demand|press|must|should|reiterat)\w*\s+[^.;!?\n]{0,120}?(?:(?:use|using|used)\s+(?:of\s+)?(?:its|the|Afghan|Afghanistan['’]s|their)\s+(?:soil|territory|land)|(?:soil|territory|land)\s+(?:is|was|would\s+be|will\s+be|be|should\s+be)?\s*(?:not\s+)?(?:used|misused)|(?:act|action|cho(?:o)?se|stop|rein|crack|curb|side|siding|cooperat\w*|hand\s+over|expel)\b[^.;!?\n]{0,60}?\b(?:terrorists?|militants?|militancy|terror\s+groups?|TTP|khawarij|khwarij))[^.;!?\n]*/gi;

/** "while residing in Afghanistan", "hideouts in Afghanistan": where militants are based, the same charge. */
const BASE =
  /(?<![A-Za-z])(?:resid\w*|based|hid(?:e|es|ing)|hideouts?|sheltering|sanctuar(?:y|ies)|safe\s+havens?|operating)\s+(?:in|inside|from)\s+(?:neighbou?ring\s+)?Afghanistan/gi;

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
  // (A base or demand inside a charge already found adds nothing.)
  const inside = (i: number): boolean => spans.some(([a, b]) => i >= a && i < b);
  for (const re of [DEMAND, BASE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      if (!inside(m.index)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
