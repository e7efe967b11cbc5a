/**
 * "near the Afghan border", "along the Pakistani border": the other country
 * named only as the edge of a place in the first one (a district, a tribal
 * area, an outpost). That places a story; it does not make the neighbour a
 * party to it, and an insurgency's attacks "near the Afghan border" are not
 * fighting between the two states. Whoever holds a border post is still
 * named ("Afghan border forces"), and crossing it is not a landmark.
 */
const BEFORE =
  /(?:^|[^A-Za-z])(?:near|along|on|at|by|bordering|close\s+to|next\s+to)\s+the\s+(?:\w+\s+)?$/i;
const AFTER =
  /^[\w'’]*\s+(?:border|frontier)(?!\s*(?:[-–]?\s*(?:forces|police|guards?|troops|soldiers|posts?|check-?posts|outposts|checkpoints|clash\w*|fighting|skirmish\w*|firing|hostilities|tensions?|violence|war)))/i;

/** "along the border with Afghanistan", "the region bordering Afghanistan": the same landmark, the country named after it. */
const BORDER_WITH =
  /(?:^|[^A-Za-z])(?:(?:near|along|on|at|by|close\s+to|next\s+to)\s+the\s+(?:\w+\s+)?(?:border|frontier)\s+with|(?:region|district|districts|areas?|province|belt|zone)\s+bordering)\s+$/i;

/**
 * True when the country name at `index` only marks a border as a landmark.
 *
 * @example isBorderLandmark('in Mohmand near the Afghan border', 18) // true
 */
export function isBorderLandmark(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return (
    (BEFORE.test(before) && AFTER.test(text.slice(index, index + 60))) || BORDER_WITH.test(before)
  );
}
