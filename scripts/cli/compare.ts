/**
 * `crosscheck compare PAGE1.html PAGE2.html […]`: analyses each page as
 * `analyze` does (coverage detection included: a page that is not coverage
 * is still listed, with the figures analyze would give it), builds a report
 * per page and prints the contract's `compare` JSON. Pages of different
 * events are never joined: rows are formed per event group, each group's
 * first page playing the "current page" (see lib/compare/compare-reports).
 */
import { compareReports } from '../../lib/compare/compare-reports';
import { toReport } from '../../lib/compare/to-report';
import type { AnalyzeOptions } from '../../lib/analyze';
import type { Report } from '../../lib/types';
import { oneLine, type CliIo } from './analyze';
import { analyzeFile } from './analyze-file';
import { InputError, STDIN } from './read-input';

export const COMPARE_USAGE =
  'usage: crosscheck compare PAGE1.html PAGE2.html [...] [--all] [--trusted domain,domain]';

export const COMPARE_HELP = `${COMPARE_USAGE}

Analyses each page as \`analyze\` does and compares their figures: one row per
(measure, subject, claimant) of one event, with every page's value and a
status (agree, compatible, conflict) and the flags contested and update.
Pages about different episodes of the conflict are never joined.

Inputs: saved pages (.html, gzip allowed), article texts (.txt), or - for
standard input (once).

Options:
  --all                 read figures even on pages that are not coverage
  --trusted D1,D2       mark these domains' reports as trusted (repeatable)
  -h, --help            this help

Output: one JSON document {reports, rows}. Exit codes: 0 done, 2 bad usage
or an input that cannot be read (nothing on stdout then).
Full reference: docs/cli.md
`;

interface CompareArgs {
  files: string[];
  options: AnalyzeOptions;
  trusted: Set<string>;
  help: boolean;
}

function parseCompareArgs(args: readonly string[]): CompareArgs {
  const files: string[] = [];
  const options: AnalyzeOptions = {};
  const trusted = new Set<string>();
  let help = false;
  const addTrusted = (v: string | undefined) => {
    if (!v) throw new InputError('--trusted needs a comma-separated list of domains');
    for (const d of v.split(',')) if (d.trim()) trusted.add(d.trim().toLowerCase());
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--all') options.all = true;
    else if (a === '-h' || a === '--help') help = true;
    else if (a === '--trusted') addTrusted(args[++i]);
    else if (a.startsWith('--trusted=')) addTrusted(a.slice('--trusted='.length));
    else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== STDIN) throw new InputError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.filter((f) => f === STDIN).length > 1)
    throw new InputError('- (stdin) can be given only once');
  return { files, options, trusted, help };
}

/**
 * Runs `compare`. Bad input (unknown option, no file, a file that cannot be
 * read): one line on stderr, exit code 2, nothing on stdout.
 */
export async function runCompare(args: string[], io: CliIo): Promise<number> {
  let parsed: CompareArgs;
  try {
    parsed = parseCompareArgs(args);
  } catch (e) {
    // One line, as for every bad input; the usage is one --help away.
    io.stderr(`crosscheck compare: ${oneLine(e)} (crosscheck compare --help)\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(COMPARE_HELP);
    return 0;
  }
  if (parsed.files.length === 0) {
    io.stderr(`crosscheck compare: no input file (${COMPARE_USAGE})\n`);
    return 2;
  }
  const seenAt = Date.now();
  const reports: Report[] = [];
  for (const file of parsed.files) {
    try {
      reports.push(toReport(analyzeFile(file, parsed.options), { origin: 'page', seenAt }));
    } catch (e) {
      io.stderr(`crosscheck compare: ${oneLine(e)}\n`);
      return 2;
    }
  }
  const comparison = compareReports(reports, { trustedDomains: parsed.trusted });
  io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
  return 0;
}
