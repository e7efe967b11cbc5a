import { ACTORS } from '../conflict/actors';
import { EVENTS } from '../conflict/events';
import { PLACES } from '../conflict/places';
import { ADDRESS_TERMS } from './address-terms';
import { CALENDAR_DATE } from './calendar-date';
import { GATE_CONFIG } from './config';
import { GATE_TERMS } from './gate-terms';
import { isFurnitureLine } from './is-furniture-line';

const literal = (w: string): string =>
  w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** An alias written in capitals only ("UN", "TTP"): matched as written. */
const ACRONYM = /^[A-Z][A-Z0-9-]{1,5}$/;

let vocabulary: { words: RegExp; acronyms: RegExp } | null = null;

/** Word edges that also hold before and after non-ASCII letters (Türkiye). */
const whole = (sources: readonly string[], flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, flags);

/**
 * The broad vocabulary as two regexes: the gate's own terms, every place,
 * actor and episode the engine knows and ADDRESS_TERMS in any case, and
 * acronyms in capitals. Built on first use (the background builds it once).
 */
function broad(): { words: RegExp; acronyms: RegExp } {
  if (vocabulary) return vocabulary;
  const names = [
    ...PLACES.flatMap((p) => p.aliases),
    ...ACTORS.flatMap((a) => a.aliases),
    ...EVENTS.flatMap((e) => e.cues),
  ];
  const words = [
    ...Object.values(GATE_TERMS),
    ADDRESS_TERMS.names,
    ADDRESS_TERMS.events,
    ...names.filter((n) => !ACRONYM.test(n)).map(literal),
    ...EVENTS.flatMap((e) => e.aliases ?? []),
  ];
  const acronyms = [ADDRESS_TERMS.acronyms, ...names.filter((n) => ACRONYM.test(n)).map(literal)];
  vocabulary = { words: whole(words, 'iu'), acronyms: whole(acronyms, 'u') };
  return vocabulary;
}

/** Letters of the Latin alphabet (the vocabulary's script) and letters of any script. */
const LATIN = /[A-Za-z\u00C0-\u024F]/gu;
const LETTER = /\p{L}/gu;
/** Separators between a headline and the site's name in a title. */
const TITLE_PARTS = /\s+[|–—:·•»/-]\s+|\s*[|·•»]\s*/u;
/** A date and time in a title part: no words of a headline. */
const DATE_TIME = new RegExp(CALENDAR_DATE, 'giu');
/** Lowercase letters: a part without any is a menu or a shout, not a headline. */
const LOWER = /\p{Ll}/u;
/** A link that skips the page's chrome ("Skip to main content"). */
const SKIP_LINK = /^(?:skip|jump)\s+to\b/i;

/**
 * Whether a title reads like an article's headline that the vocabulary can
 * judge: some part of it is a headline (enough words with letters once a
 * date is left out, some of them in lower case, not page furniture such as a
 * byline, a dateline or a skip link), and it is written mostly in the Latin
 * alphabet (a title in Urdu, Pashto or Dari is left to the gate).
 */
export function judgeableTitle(title: string): boolean {
  const letters = title.match(LETTER)?.length ?? 0;
  if (letters === 0) return false;
  const latin = title.match(LATIN)?.length ?? 0;
  if (latin < letters * GATE_CONFIG.addressLatinShare) return false;
  return title.split(TITLE_PARTS).some((raw) => {
    const part = raw.trim();
    const words = part
      .replace(DATE_TIME, ' ')
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length;
    return (
      words >= GATE_CONFIG.addressHeadlineWords &&
      LOWER.test(part) &&
      !SKIP_LINK.test(part) &&
      !isFurnitureLine(part, false)
    );
  });
}

/** The words of an address's path and query ("/news/2025/kabul-strikes" → "news 2025 kabul strikes"). */
function addressWords(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let path = `${parsed.pathname} ${parsed.search}`;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the address as it is.
  }
  return path.replace(/[-_/.+=&?%]+/g, ' ');
}

/**
 * The first, nearly free look at a page, from what the browser already
 * reports about a tab (its address and title): false when the title is a
 * real headline and neither it nor the address names anything of the
 * conflict, so the page cannot be coverage and need not be read at all;
 * true when the gate must look at the page itself. Tuned for recall: a
 * false "true" costs one gate run, a false "false" loses a page.
 *
 * @example addressMayCover('https://example.com/sport/cup-final', 'Rovers win the cup on penalties') // false
 * @example addressMayCover('https://example.com/world/2025/10/12/a1', 'Border posts shelled overnight') // true
 */
export function addressMayCover(url: string, title: string): boolean {
  const head = title.slice(0, GATE_CONFIG.addressMaxChars);
  if (!judgeableTitle(head)) return true;
  const { words, acronyms } = broad();
  // Addresses are mostly lower case: only whole words are looked for there.
  return (
    words.test(head) ||
    acronyms.test(head) ||
    words.test(addressWords(url).slice(0, GATE_CONFIG.addressMaxChars))
  );
}
