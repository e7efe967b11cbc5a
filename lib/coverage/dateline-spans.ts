/**
 * Datelines at the start of a paragraph ("ISLAMABAD (AP) —", "KABUL,
 * Afghanistan —", "Peshawar (Reuters) -"): the place a story was filed
 * from, not a side in it. A wire story filed from one capital about the
 * other country's affairs names only one side.
 */
const DATELINE = new RegExp(
  String.raw`^[ \t]*(?:` +
    // A place in capitals, perhaps with its country, perhaps with the agency.
    String.raw`\p{Lu}[\p{Lu}'.-]{2,}(?:[ -]\p{Lu}[\p{Lu}'.-]+)*(?:,[ \t]+\p{Lu}[\p{L}.]+(?:[ \t]\p{Lu}[\p{L}.]+)*)?(?:[ \t]+\([\p{L}][\p{L} .&-]{0,30}\))?` +
    '|' +
    // A place written normally, with the agency in brackets.
    String.raw`\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?:,[ \t]+\p{Lu}\p{Ll}+)?[ \t]+\([\p{L}][\p{L} .&-]{0,30}\)` +
    String.raw`)[ \t]*(?:[—–-]{1,2}|:)[ \t]`,
  'gmu',
);

/** [start, end) of each paragraph-opening dateline in `text`. */
export function datelineSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(DATELINE)) out.push([m.index, m.index + m[0].length]);
  return out;
}
