import { CLI_CONFIG } from './config';

/**
 * The headline of a plain-text article: its first line when that line reads
 * like a title (short, more text follows, no sentence-ending full stop, comma,
 * colon or semicolon at its end), else ''. A `.txt` saved from a news page
 * usually starts with the headline on a line of its own; a paragraph that
 * merely comes first is a sentence and ends like one.
 *
 * @example headlineOf('Border posts shelled overnight\n\nPakistan said…') // 'Border posts shelled overnight'
 */
export function headlineOf(text: string): string {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^[ \t]*(\S[^\n]*?)[ \t]*\n/.exec(body.replace(/^\s*\n/, ''));
  if (!m) return '';
  const line = m[1]!;
  const rest = body.replace(/^\s*\n/, '').slice(m[0].length);
  if (!/\S/.test(rest)) return '';
  if (line.length > CLI_CONFIG.maxHeadlineChars) return '';
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > CLI_CONFIG.maxHeadlineWords) return '';
  // Mostly words of letters (not a code or a row of numbers); ends like a
  // title, not like a sentence or a lead-in.
  const wordy = words.filter((w) => /^\P{L}{0,2}\p{L}[\p{L}'’-]*\P{L}{0,2}$/u.test(w));
  if (wordy.length * 2 < words.length) return '';
  if (/[.,;:]["'’”)]?$/.test(line) && !/\.\.\.$|…$/.test(line)) return '';
  return line;
}
