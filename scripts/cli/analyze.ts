import { analyzeText, type AnalyzeOptions } from '../../lib/analyze';
import { analyzeHtml } from '../../lib/analyze-html';
import type { Analysis } from '../../lib/types';
import { InputError, readInput } from './read-input';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const ANALYZE_USAGE =
  'usage: crosscheck analyze PAGE.html [PAGE2.html …] [--url URL] [--all]';

export interface AnalyzeArgs {
  files: string[];
  options: AnalyzeOptions;
}

/** Parses `analyze` arguments; throws InputError on an unknown or incomplete option. */
export function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs {
  const files: string[] = [];
  const options: AnalyzeOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--all') options.all = true;
    else if (a === '--url') {
      const v = args[++i];
      if (!v) throw new InputError('--url needs a URL');
      options.url = v;
    } else if (a.startsWith('--url=')) options.url = a.slice(6);
    else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${a}`);
    else files.push(a);
  }
  return { files, options };
}

/** Analyses one file from disk; throws InputError when the file cannot be used. */
export function analyzeFile(file: string, options: AnalyzeOptions): Analysis {
  const input = readInput(file);
  return input.kind === 'text'
    ? analyzeText(input.source, options)
    : analyzeHtml(input.source, options);
}

/** One JSON line for a batch: the analysis, or {file, error}. */
export function analyzeFileLine(
  file: string,
  options: AnalyzeOptions,
): { ok: boolean; line: string } {
  try {
    return { ok: true, line: JSON.stringify(analyzeFile(file, options)) };
  } catch (e) {
    return { ok: false, line: JSON.stringify({ file, error: oneLine(e) }) };
  }
}

export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/\s+/g, ' ').trim() || 'unknown error';
}

/**
 * `crosscheck analyze`: one file → one JSON document; many files → NDJSON in
 * the order given, a failed file giving {"file","error"} and exit code 2 at
 * the end. A single bad file: one line on stderr, exit 2, nothing on stdout.
 */
export async function runAnalyze(args: string[], io: CliIo): Promise<number> {
  let parsed: AnalyzeArgs;
  try {
    parsed = parseAnalyzeArgs(args);
  } catch (e) {
    io.stderr(`crosscheck analyze: ${oneLine(e)}\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  const { files, options } = parsed;
  if (files.length === 0) {
    io.stderr(`crosscheck analyze: no input file\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  if (files.length === 1) {
    try {
      io.stdout(`${JSON.stringify(analyzeFile(files[0]!, options), null, 2)}\n`);
      return 0;
    } catch (e) {
      io.stderr(`crosscheck analyze: ${oneLine(e)}\n`);
      return 2;
    }
  }
  const { analyzeBatch } = await import('./analyze-batch');
  const failed = await analyzeBatch(files, options, (line) => io.stdout(`${line}\n`));
  return failed > 0 ? 2 : 0;
}
