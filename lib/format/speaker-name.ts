/**
 * The speaker shown beside a figure: a named person or body ("Zabihullah
 * Mujahid", "ISPR"), never a pronoun or a bare role word. The extractor
 * resolves pronouns where it can; this guard keeps any it could not ("he",
 * "officials") out of the interface, where "— he" tells the reader nothing.
 */

/** Words that stand for a speaker without naming one. */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'their',
  'its',
  'our',
  'us',
  'me',
  'who',
  'whom',
  'this',
  'that',
  'one',
  'someone',
  'somebody',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'source',
  'sources',
  'witness',
  'witnesses',
  'resident',
  'residents',
]);

/** Leading articles and determiners that do not make a role a name ("the spokesman"). */
const LEADING = /^(?:the|a|an|an?other|some|one|two|several)\s+/i;

/**
 * The name to show, or null when `name` is missing or only a pronoun or role.
 *
 * @example speakerName('Zabihullah Mujahid') // 'Zabihullah Mujahid'
 * @example speakerName('he') // null
 * @example speakerName('the officials') // null
 */
export function speakerName(name: string | null | undefined): string | null {
  const trimmed = (name ?? '').replace(/\s+/g, ' ').trim();
  if (trimmed === '') return null;
  const bare = trimmed.replace(LEADING, '').toLowerCase();
  if (NOT_A_NAME.has(bare)) return null;
  // A name has a letter; "—" or "2" is not one.
  if (!/\p{L}/u.test(bare)) return null;
  return trimmed;
}
