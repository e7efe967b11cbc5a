/**
 * The trafilatura evaluation metric: per page, count `with` snippets found in
 * the extracted text (tp) or missed (fn), and `without` snippets wrongly
 * present (fp); whitespace is normalised on both sides. Summed over pages.
 */
export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function scoreSnippets(
  output: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
): SnippetCounts {
  const out = norm(output);
  const tp = out ? withSnippets.filter((s) => out.includes(norm(s))).length : 0;
  const fp = out ? withoutSnippets.filter((s) => out.includes(norm(s))).length : 0;
  return { tp, fn: withSnippets.length - tp, fp, tn: withoutSnippets.length - fp };
}
