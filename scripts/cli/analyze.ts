// The analyser (linkedom, Readability, lib/) is loaded only when a page is
// analysed here: a large batch hands its pages to worker threads at once,
// and the main thread's start would delay theirs.
import type { AnalyzeOptions } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';
import { CLI_CONFIG } from './config';
import { InputError, STDIN } from './read-input';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const ANALYZE_USAGE =
  'usage: crosscheck analyze PAGE.html|TEXT.txt|- [more …] [--url URL] [--all]';

export const ANALYZE_HELP = `${ANALYZE_USAGE}

Reads saved news pages and prints, for each, whether it is coverage of the
Pakistan–Afghanistan conflict, its article (title, outlet, date, text) and
every figure it reports (what is counted, whose, who claims it, value and
bounds, the exact phrase and its offsets).

Inputs:
  PAGE.html     a saved web page (gzip-compressed pages are unpacked)
  TEXT.txt      plain article text; a headline-like first line becomes the title
  -             standard input (HTML when it has HTML tags, else article text)

Options:
  --url URL     the address the page was saved from (http or https); sets the
                outlet and domain. Default: the page's canonical link or og:url
  --all         read figures even when the page is not coverage of the conflict
  -h, --help    this help

One input: one JSON document. Several: one JSON line per input (NDJSON), in
order, each with "file"; an input that cannot be read gives
{"file", "error"} and the exit code is 2 at the end.
Exit codes: 0 done (also for pages that are not coverage), 2 bad usage or input.
Limits: ${CLI_CONFIG.maxInputBytes / (1024 * 1024)} MB per input; longer article text than ${CLI_CONFIG.maxTextChars.toLocaleString('en')} characters or more
than ${CLI_CONFIG.maxFigures.toLocaleString('en')} figures is cut and flagged "truncated": true.
Full reference: docs/cli.md
`;

/** `analyze` output: the analysis, with `truncated` always present. */
export type CliAnalysis = Analysis & { truncated: boolean };

export interface AnalyzeArgs {
  files: string[];
  options: AnalyzeOptions;
  help: boolean;
}

/** Parses `analyze` arguments; throws InputError on an unknown or incomplete option. */
export function parseAnalyzeArgs(args: readonly string[]): AnalyzeArgs {
  const files: string[] = [];
  const options: AnalyzeOptions = {};
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--all') options.all = true;
    else if (a === '-h' || a === '--help') help = true;
    else if (a === '--url') options.url = checkUrl(args[++i]);
    else if (a.startsWith('--url=')) options.url = checkUrl(a.slice(6));
    else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== STDIN) throw new InputError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.filter((f) => f === STDIN).length > 1)
    throw new InputError('- (stdin) can be given only once');
  return { files, options, help };
}

/** An absolute http(s) address, or an InputError that says what is wrong. */
export function checkUrl(v: string | undefined): string {
  if (!v) throw new InputError('--url needs a URL');
  let url: URL | null;
  try {
    url = new URL(v);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname)
    throw new InputError(
      `--url ${v}: not an absolute http(s) address (for example https://www.dawn.com/news/1)`,
    );
  return v;
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
  if (parsed.help) {
    io.stdout(ANALYZE_HELP);
    return 0;
  }
  const { files, options } = parsed;
  if (files.length === 0) {
    io.stderr(`crosscheck analyze: no input file\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  if (files.length === 1) {
    const { analyzeFile } = await import('./analyze-file');
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
