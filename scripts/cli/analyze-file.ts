/**
 * One input analysed with the CLI's limits. Kept apart from analyze.ts (the
 * argument parsing and help) so that only a process or thread that analyses
 * pages loads the analyser.
 */
import { analyzeText, type AnalyzeOptions } from '../../lib/analyze';
import { analyzeHtml } from '../../lib/analyze-html';
import { oneLine, type CliAnalysis } from './analyze';
import { CLI_CONFIG } from './config';
import { headlineOf } from './headline-of';
import { readInput } from './read-input';

/**
 * Analyses one input (a file, or `-` for stdin) with the CLI's size limits;
 * throws InputError when it cannot be used. `truncated` is always present.
 */
export function analyzeFile(file: string, options: AnalyzeOptions): CliAnalysis {
  const input = readInput(file);
  const limited: AnalyzeOptions = {
    ...options,
    maxTextChars: CLI_CONFIG.maxTextChars,
    maxFigures: CLI_CONFIG.maxFigures,
  };
  if (input.kind === 'html') {
    const a = analyzeHtml(input.source, limited);
    return { ...a, truncated: a.truncated === true };
  }
  const a = analyzeText(input.source, limited);
  // The article text stays the whole file; the headline is only named.
  const article = { ...a.article, title: headlineOf(a.article.text) };
  return { ...a, article, truncated: a.truncated === true };
}

/** One JSON line for a batch: {file, …analysis}, or {file, error}. */
export function analyzeFileLine(
  file: string,
  options: AnalyzeOptions,
): { ok: boolean; line: string } {
  try {
    return { ok: true, line: JSON.stringify({ file, ...analyzeFile(file, options) }) };
  } catch (e) {
    return { ok: false, line: JSON.stringify({ file, error: oneLine(e) }) };
  }
}
