/**
 * Finds committed lines that repeat a run of words from a third-party text
 * (a real news excerpt or a seed). Words are compared after normalising:
 * lower case, only letters, digits and apostrophes, so punctuation, case
 * quotes and line layout cannot hide a copied run.
 */

/** Shortest run of shared words that counts as copied. */
export const COPIED_RUN_WORDS = 8;

export interface CopiedRun {
  /** 1-based line number in the committed file. */
  line: number;
  /** The shared run, as normalised words. */
  run: string;
  /** Id of the third-party text it came from. */
  source: string;
}

/** Normalised words of a text, in order. */
export function wordsOf(text: string): string[] {
  const plain = text
    .toLowerCase()
    // Web addresses (XML namespaces, links) and markup tags (an XML
    // declaration, HTML attributes) are not sentences anyone wrote.
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/g, ' ')
    .replace(/<[a-z/?!][^<>]*>/g, ' ')
    // Curly apostrophes count as straight ones.
    .replace(/[\u2018\u2019]/g, "'");
  // Quotes around a word (code's string delimiters) are not part of it.
  return (plain.match(/[\p{L}\p{N}']+/gu) ?? [])
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

/** Index of every `size`-word run in the sources, mapped to the first source id that has it. */
export function indexRuns(
  sources: Iterable<{ id: string; text: string }>,
  size = COPIED_RUN_WORDS,
): Map<string, string> {
  const index = new Map<string, string>();
  for (const { id, text } of sources) {
    const words = wordsOf(text);
    for (let i = 0; i + size <= words.length; i += 1) {
      const key = words.slice(i, i + size).join(' ');
      if (!index.has(key)) index.set(key, id);
    }
  }
  return index;
}

/**
 * Lines of `text` where a run of `size` or more words shared with an indexed
 * source starts, the run grown to its full shared length. Runs may go on
 * across line breaks (wrapped comments, strings joined with +, HTML), so a
 * sentence cannot hide by being split over lines.
 */
export function findCopiedRuns(
  text: string,
  index: Map<string, string>,
  size = COPIED_RUN_WORDS,
): CopiedRun[] {
  const words: string[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((lineText, at) => {
    for (const word of wordsOf(lineText)) {
      words.push(word);
      lines.push(at + 1);
    }
  });
  const windowAt = (i: number) => index.get(words.slice(i, i + size).join(' '));
  const found: CopiedRun[] = [];
  for (let i = 0; i + size <= words.length;) {
    const source = windowAt(i);
    if (source === undefined) {
      i += 1;
      continue;
    }
    // Grow the run while each next window is still from the same source.
    let end = i + size;
    while (end < words.length && windowAt(end - size + 1) === source) end += 1;
    const line = lines[i] ?? 1;
    if (found.at(-1)?.line !== line)
      found.push({ line, run: words.slice(i, end).join(' '), source });
    i = end - size + 1;
  }
  return found;
}
