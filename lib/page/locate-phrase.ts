/**
 * Finds a figure's phrase in the page as the reader sees it, for "Show on
 * page". The article text Crosscheck reads is cleaned (whitespace collapsed,
 * paragraphs joined), so the page's text nodes are matched with whitespace
 * runs treated as one space, and the phrase is looked for after the start of
 * its sentence, so that a number repeated elsewhere is not picked instead.
 */

export interface PhrasePosition {
  /** Index of the text node where the phrase starts, and the offset in it. */
  startNode: number;
  startOffset: number;
  /** Index of the text node where the phrase ends, and the offset after its last character. */
  endNode: number;
  endOffset: number;
}

const SPACE = /\s/;
/** How much of the sentence's start is used to find where it stands on the page. */
const SENTENCE_ANCHOR_CHARS = 60;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * @example
 * locatePhrase(['Officials said 12 ', 'soldiers died.'], 'Officials said 12 soldiers died.', '12 soldiers')
 * // { startNode: 0, startOffset: 15, endNode: 1, endOffset: 8 }
 */
export function locatePhrase(
  nodes: readonly string[],
  sentence: string,
  phrase: string,
): PhrasePosition | null {
  const wanted = collapse(phrase);
  if (!wanted) return null;
  // The page's text with whitespace runs as one space, and where each character came from.
  let flat = '';
  const fromNode: number[] = [];
  const fromOffset: number[] = [];
  let lastWasSpace = true;
  nodes.forEach((text, n) => {
    for (let i = 0; i < text.length; i++) {
      const space = SPACE.test(text[i] as string);
      if (space && lastWasSpace) continue;
      flat += space ? ' ' : text[i];
      fromNode.push(n);
      fromOffset.push(i);
      lastWasSpace = space;
    }
  });
  const anchor = collapse(sentence).slice(0, SENTENCE_ANCHOR_CHARS);
  const sentenceAt = anchor ? flat.indexOf(anchor) : -1;
  let at = flat.indexOf(wanted, Math.max(0, sentenceAt));
  if (at < 0) at = flat.indexOf(wanted);
  if (at < 0) return null;
  const last = at + wanted.length - 1;
  return {
    startNode: fromNode[at] as number,
    startOffset: fromOffset[at] as number,
    endNode: fromNode[last] as number,
    endOffset: (fromOffset[last] as number) + 1,
  };
}

/** Text node types and walker flags as numbers: lib/ does not reach for DOM globals. */
const SHOW_TEXT = 0x4;

/**
 * The DOM range of a figure's phrase in `doc`, or null when the page does not
 * show it (it changed since it was read, or the phrase spans hidden markup).
 * `root` narrows the search to one subtree (a paragraph a live page added).
 */
export function findPhraseRange(
  doc: Document,
  sentence: string,
  phrase: string,
  root: Node | null = doc.body,
): Range | null {
  if (!root) return null;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT') nodes.push(n as Text);
  }
  const at = locatePhrase(
    nodes.map((n) => n.data),
    sentence,
    phrase,
  );
  if (!at) return null;
  const range = doc.createRange();
  range.setStart(nodes[at.startNode] as Text, at.startOffset);
  range.setEnd(nodes[at.endNode] as Text, at.endOffset);
  return range;
}
