import type { Figure } from '../types';

/**
 * Every numeric claim in an article's text, in reading order, with measure,
 * subject, claimant and exact offsets (text.slice(f.start, f.end) === f.text).
 * PLACEHOLDER: replaced by the figures work.
 */
export function extractFigures(text: string): Figure[] {
  void text;
  return [];
}
