/**
 * Splits a quoted sentence around the figure's phrase so the interface can
 * mark the phrase (as text, never as HTML).
 */
export interface QuoteParts {
  before: string;
  phrase: string;
  after: string;
}

/**
 * The phrase is found at `hint` when it is there (offsets from the figure),
 * else at its first occurrence; a sentence without it is returned whole.
 *
 * @example quoteParts('Officials said 12 died.', '12') // { before: 'Officials said ', phrase: '12', after: ' died.' }
 */
export function quoteParts(sentence: string, phrase: string, hint?: number): QuoteParts {
  if (phrase === '') return { before: sentence, phrase: '', after: '' };
  let at = -1;
  if (hint !== undefined && hint >= 0 && sentence.startsWith(phrase, hint)) at = hint;
  if (at < 0) at = sentence.indexOf(phrase);
  if (at < 0) return { before: sentence, phrase: '', after: '' };
  return { before: sentence.slice(0, at), phrase, after: sentence.slice(at + phrase.length) };
}

/**
 * The sentence around a figure of an analysed article, split around its
 * phrase. Offsets come from the analysis; out-of-range offsets are clamped.
 */
export function figureQuote(
  text: string,
  figure: { text: string; start: number; sentenceStart: number; sentenceEnd: number },
): QuoteParts {
  const from = Math.max(0, Math.min(figure.sentenceStart, text.length));
  const to = Math.max(from, Math.min(figure.sentenceEnd, text.length));
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  const quoted = sentence === '' ? figure.text : sentence;
  return quoteParts(quoted, figure.text, figure.start - from - lead);
}
