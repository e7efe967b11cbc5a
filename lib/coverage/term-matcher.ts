/**
 * Compiles lists of names into one regex per list and reports canonical names
 * with positions. Acronyms (ISPR, TTP) are matched case-sensitively so that
 * ordinary words never look like them; everything else ignores case. Word
 * edges are ASCII letters and digits.
 */
export interface TermHit {
  name: string;
  index: number;
}

export interface TermMatcher {
  /** Every occurrence, in text order. */
  find(text: string): TermHit[];
}

const escape = (s: string): string =>
  s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const isAcronym = (s: string): boolean => /^[A-Z.]{2,6}$/.test(s);
// ASCII edges: non-Unicode regexes are much faster than \p{L} lookarounds,
// and lookarounds (unlike \b) also work next to "T.T.P." and "U.N.".
const EDGE_L = '(?<![A-Za-z0-9])';
const EDGE_R = '(?![A-Za-z0-9])';

/** An ASCII letter or digit: what may not stand right before a match. */
function wordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** A matcher for `entries` ([canonical name, aliases]); longer aliases win over their prefixes. */
export function termMatcher(
  entries: readonly (readonly [string, readonly string[]])[],
): TermMatcher {
  const canon = new Map<string, string>();
  const exact: string[] = [];
  const loose: string[] = [];
  for (const [name, aliases] of entries) {
    for (const a of aliases) {
      const key = isAcronym(a) ? a : a.toLowerCase().replace(/\s+/g, ' ');
      if (canon.has(key)) continue;
      canon.set(key, name);
      (isAcronym(a) ? exact : loose).push(a);
    }
  }
  const build = (list: string[], flags: string): RegExp | null =>
    list.length
      ? new RegExp(
          `${EDGE_L}(?:${list
            .sort((x, y) => y.length - x.length)
            .map(escape)
            .join('|')})${EDGE_R}`,
          flags,
        )
      : null;
  const reExact = build(exact, 'g');
  const reLoose = build(loose, 'gi');
  return {
    find(text: string): TermHit[] {
      const hits: TermHit[] = [];
      for (const [re, acr] of [
        [reExact, true],
        [reLoose, false],
      ] as const) {
        if (!re) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const key = acr ? m[0] : m[0].toLowerCase().replace(/\s+/g, ' ');
          hits.push({ name: canon.get(key) ?? m[0], index: m.index });
        }
      }
      return hits.sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * Each match of the global regex `re` in `text` whose left edge is a word edge, in order: a
 * match inside a word is retried one character on, so the hits are a leading lookbehind's.
 */
function eachEdgedMatch(re: RegExp, text: string, hit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && wordChar(text.charCodeAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    hit(m);
    if (m[0] === '') re.lastIndex++;
  }
}

/**
 * A matcher for named regex sources (cue lists): the hit's name is the pattern's name.
 * The left edge is checked in code rather than by a leading lookbehind: a regex
 * that opens with a lookbehind cannot skip ahead to its pattern's first
 * letters, and every cue pattern scans each page's whole text. A match inside
 * a word is retried one character on, so the hits are the lookbehind's.
 */
export function patternMatcher(entries: readonly { name: string; pattern: string }[]): TermMatcher {
  const compiled = entries.map((e) => ({
    name: e.name,
    re: new RegExp(`(?:${e.pattern})${EDGE_R}`, 'gi'),
  }));
  return {
    find(text: string): TermHit[] {
      const hits: TermHit[] = [];
      for (const { name, re } of compiled)
        eachEdgedMatch(re, text, (m) => hits.push({ name, index: m.index }));
      return hits.sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * A matcher for named regex sources tried as one alternation, in order: at
 * each place the first entry that matches wins and the text it covers is
 * not searched again (the Pakistani Taliban's name in Urdu holds both
 * countries' names, and must not also count as them). Left edges as in
 * patternMatcher.
 */
export function firstMatcher(entries: readonly { name: string; pattern: string }[]): TermMatcher {
  const re = new RegExp(`(?:${entries.map((e) => `(${e.pattern})`).join('|')})${EDGE_R}`, 'gi');
  return {
    find(text: string): TermHit[] {
      const hits: TermHit[] = [];
      eachEdgedMatch(re, text, (m) => {
        const k = m.findIndex((g, i) => i > 0 && g !== undefined);
        hits.push({ name: entries[k - 1]!.name, index: m.index });
      });
      return hits;
    },
  };
}
