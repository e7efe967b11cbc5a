/**
 * The seam between raw text and the figure rules: the tokens of the whole
 * text with bounded look-around that never crosses a line break. Every rule
 * in extract-figures.ts and clause-roles.ts reads words through this view.
 */
import { tokenize, type Token } from './tokenize';

/** The words of the whole text with their token positions, for bounded look-around. */
export class TextView {
  readonly toks: Token[];
  private readonly starts: number[];
  constructor(readonly text: string) {
    this.toks = tokenize(text);
    this.starts = this.toks.map((t) => t.start);
  }
  /** Index of the first token starting at or after `offset`. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  word(k: number): string | null {
    const t = this.toks[k];
    return t && t.type === 'word' ? t.lower : null;
  }
  /** Next non-space token index at or after k, not crossing a line break. */
  next(k: number): number {
    const t = this.toks[k];
    if (t && t.type === 'space' && !t.text.includes('\n')) return k + 1;
    return k;
  }
  /** Previous non-space token index before k, not crossing a line break. */
  prev(k: number): number {
    const t = this.toks[k - 1];
    if (t && t.type === 'space' && !t.text.includes('\n')) return k - 2;
    return k - 1;
  }
  /** Whether the words starting at k spell `phrase`; returns the index after it, or -1. */
  matches(k: number, phrase: readonly string[]): number {
    let m = k;
    for (let p = 0; p < phrase.length; p++) {
      if (p > 0) {
        const g = this.next(m);
        if (g === m) return -1;
        m = g;
      }
      if (this.word(m) !== phrase[p]) return -1;
      m++;
    }
    return m;
  }
}
