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
/** What a border holds or sees that makes it a party's ("border forces", "border clashes"), not a landmark. */
const HELD_OR_FOUGHT =
  '\\s*[-–]?\\s*(?:forces|police|guards?|troops|soldiers|posts?|check-?posts|outposts|checkpoints|clash\\w*|fighting|skirmish\\w*|firing|hostilities|tensions?|violence|war)';
const AFTER = new RegExp(`^[\\w'’]*\\s+(?:border|frontier)(?!${HELD_OR_FOUGHT})`, 'i');

/**
 * "along the border with Afghanistan", "the region (the northwest, a village) bordering
 * Afghanistan", "a province that shares a long border with Afghanistan": the same landmark, the
 * country named after it.
 */
const BORDER_WITH =
  /(?:^|[^A-Za-z])(?:(?:near|along|on|at|by|close\s+to|next\s+to)\s+the\s+(?:\w+\s+)?(?:border|frontier)\s+with|(?:shares?|sharing|has|having)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w,.–-]+\s+){0,3}?(?:border|frontier)\s+with|bordering|borders)\s+$/i;

/**
 * "on the Pak-Afghan border", "along the Pakistan-Afghanistan border", "infiltrate the
 * Pakistan-Afghanistan border": both countries as one landmark.
 */
const PAIR =
  /(?:^|[^A-Za-z])(?:near|along|on|at|by|across|through|close\s+to|next\s+to|infiltrat\w*|cross(?:ed|es|ing)?)\s+(?:the\s+)?(?:Pak(?:istan)?i?|Afghan(?:istan)?)\s*[-–/]\s*(?:Pak(?:istan)?i?|Afghan(?:istan)?)\s+(?:border|frontier)/gi;

/**
 * True when the country name at `index` only marks a border as a landmark.
 *
 * @example isBorderLandmark('in Mohmand near the Afghan border', 18) // true
 */
export function isBorderLandmark(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  return (
    (BEFORE.test(before) && AFTER.test(text.slice(index, index + 60))) ||
    BORDER_WITH.test(before) ||
    inPairLandmark(text, index)
  );
}

/** Whether `index` falls inside a pair of both countries that only marks a border ("on the Pak-Afghan border"). */
export function inPairLandmark(text: string, index: number): boolean {
  const from = Math.max(0, index - 60);
  const window = text.slice(from, index + 60);
  for (const m of window.matchAll(PAIR)) {
    const start = from + (m.index ?? 0);
    if (
      index >= start &&
      index < start + m[0].length &&
      AFTER_PAIR.test(window.slice((m.index ?? 0) + m[0].length))
    )
      return true;
  }
  return false;
}

/** Not a border named for who holds or fights on it ("the Pak-Afghan border clashes"). */
const AFTER_PAIR = new RegExp(`^(?!${HELD_OR_FOUGHT})`, 'i');
