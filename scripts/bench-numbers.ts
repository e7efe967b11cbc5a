/**
 * Runs our number parser (lib/figures/parse-number.ts) over Microsoft
 * Recognizers-Text's English number specs and prints the pass rate per file.
 *
 *   npx tsx scripts/bench-numbers.ts [--data DIR] [--verbose]
 *
 * DIR defaults to $CROSSCHECK_BENCH_DIR/recognizers-text, else
 * ../shared/bench/recognizers-text relative to the project root.
 *
 * How a case counts as passed (our parser is built for news copy, so we
 * compare what it is for: the numbers read and their values; span text and
 * offsets are not compared because our phrases include qualifiers and units):
 *
 * - NumberModel.json: the list of values we find, in order, equals the
 *   expected list (relative tolerance 1e-9; .NET prints 15 significant
 *   digits). A range contributes its two ends. A number written with its
 *   unit glued on ("29km", "180ml") is a measurement, which that model
 *   leaves out, so such results are dropped before comparing. Cases marked
 *   NotSupported / NotSupportedByDesign for javascript are skipped, as
 *   upstream's JavaScript test runner does.
 * - NumberRangeModel.json: our bounded results (qualifier other than exact
 *   or about, plus "equal to n") are turned into intervals — more-than n
 *   (n,), at-least n [n,), at-most n (,n], fewer-than n (,n), range a–b
 *   [a,b], "equal to n" [n,n] — and the list must equal the expected
 *   intervals. Two-sided ranges are compared by their endpoints only:
 *   upstream writes "between 20 and 30" as [20,30), we read both ends as
 *   inclusive (contract: range a–b is [a, b]). Upstream marks nearly every
 *   case of this file NotSupported for javascript (its JavaScript port has
 *   no range model), and the remaining two are NotSupportedByDesign, so
 *   skipping them would leave no case: we score every case except those
 *   NotSupportedByDesign for javascript.
 *
 * No rule in the parser names a spec input; failures are listed with
 * --verbose so parser changes stay general.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNumbers } from '../lib/figures/parse-number';
import type { ParsedNumber } from '../lib/types';

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string } | null;
  Start: number;
  End: number;
}
interface SpecCase {
  Input: string;
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: SpecResult[];
}

export interface BenchFileResult {
  file: string;
  passed: number;
  total: number;
  /** Cases left out (NotSupported for javascript). */
  skipped: number;
  failures: { input: string; expected: string; got: string }[];
}

const near = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const jsUnsupported = (c: SpecCase, byDesignOnly: boolean): boolean =>
  (!byDesignOnly && /javascript/i.test(c.NotSupported ?? '')) ||
  /javascript/i.test(c.NotSupportedByDesign ?? '');

/** A unit glued to the digits ("29km"): a measurement, not a bare number. */
const gluedUnit = (n: ParsedNumber): boolean =>
  n.unit !== null && n.unit !== 'percent' && /\d[A-Za-z]+$/.test(n.text);

function numberValues(input: string): number[] {
  const out: number[] = [];
  for (const n of findNumbers(input)) {
    if (gluedUnit(n)) continue;
    out.push(n.value);
    if (n.upper !== null && n.qualifier === 'range') out.push(n.upper);
  }
  return out;
}

interface Interval {
  lo: number | null;
  loOpen: boolean;
  hi: number | null;
  hiOpen: boolean;
  twoSided: boolean;
}

function parseInterval(s: string): Interval | null {
  const m = /^([[(])\s*([^,]*),\s*([^\])]*)([\])])$/.exec(s.trim());
  if (!m) return null;
  const lo = m[2] === '' ? null : Number(m[2]);
  const hi = m[3] === '' ? null : Number(m[3]);
  return {
    lo,
    loOpen: m[1] === '(',
    hi,
    hiOpen: m[4] === ')',
    twoSided: lo !== null && hi !== null && lo !== hi,
  };
}

function toInterval(n: ParsedNumber): Interval | null {
  switch (n.qualifier) {
    case 'more-than':
      return { lo: n.value, loOpen: true, hi: null, hiOpen: true, twoSided: false };
    case 'at-least':
      return { lo: n.value, loOpen: false, hi: null, hiOpen: true, twoSided: false };
    case 'at-most':
      return { lo: null, loOpen: true, hi: n.value, hiOpen: false, twoSided: false };
    case 'fewer-than':
      return { lo: null, loOpen: true, hi: n.value, hiOpen: true, twoSided: false };
    case 'range':
      return n.upper === null
        ? null
        : { lo: n.value, loOpen: false, hi: n.upper, hiOpen: false, twoSided: true };
    case 'exact':
      return /^equal/i.test(n.text)
        ? { lo: n.value, loOpen: false, hi: n.value, hiOpen: false, twoSided: false }
        : null;
    default:
      return null;
  }
}

function sameInterval(a: Interval, b: Interval): boolean {
  const eq = (x: number | null, y: number | null) =>
    x === null ? y === null : y !== null && near(x, y);
  if (!eq(a.lo, b.lo) || !eq(a.hi, b.hi)) return false;
  if (a.twoSided && b.twoSided) return true;
  return (a.lo === null || a.loOpen === b.loOpen) && (a.hi === null || a.hiOpen === b.hiOpen);
}

const fmt = (i: Interval): string =>
  `${i.lo === null ? '(' : i.loOpen ? '(' : '['}${i.lo ?? ''},${i.hi ?? ''}${i.hi === null ? ')' : i.hiOpen ? ')' : ']'}`;

async function loadSpec(file: string): Promise<SpecCase[]> {
  const raw = await readFile(file, 'utf8');
  return JSON.parse(raw.replace(/^\uFEFF/, '')) as SpecCase[];
}

async function benchNumberModel(file: string): Promise<BenchFileResult> {
  const cases = await loadSpec(file);
  const res: BenchFileResult = {
    file: path.basename(file),
    passed: 0,
    total: 0,
    skipped: 0,
    failures: [],
  };
  for (const c of cases) {
    if (jsUnsupported(c, false)) {
      res.skipped++;
      continue;
    }
    res.total++;
    const expected = c.Results.filter((r) => r.TypeName === 'number').map((r) =>
      Number(r.Resolution?.value),
    );
    const got = numberValues(c.Input);
    const ok =
      expected.length === got.length && expected.every((v, k) => near(v, got[k] as number));
    if (ok) res.passed++;
    else
      res.failures.push({
        input: c.Input,
        expected: JSON.stringify(expected),
        got: JSON.stringify(got),
      });
  }
  return res;
}

async function benchRangeModel(file: string): Promise<BenchFileResult> {
  const cases = await loadSpec(file);
  const res: BenchFileResult = {
    file: path.basename(file),
    passed: 0,
    total: 0,
    skipped: 0,
    failures: [],
  };
  for (const c of cases) {
    if (jsUnsupported(c, true)) {
      res.skipped++;
      continue;
    }
    res.total++;
    const expected = c.Results.map((r) => parseInterval(r.Resolution?.value ?? '')).filter(
      (x): x is Interval => x !== null,
    );
    const got = findNumbers(c.Input)
      .map(toInterval)
      .filter((x): x is Interval => x !== null);
    const ok =
      expected.length === got.length &&
      expected.every((e, k) => sameInterval(e, got[k] as Interval));
    if (ok) res.passed++;
    else
      res.failures.push({
        input: c.Input,
        expected: expected.map(fmt).join(' '),
        got: got.map(fmt).join(' '),
      });
  }
  return res;
}

/** Default data folder: env CROSSCHECK_BENCH_DIR + /recognizers-text, else ../shared/bench/recognizers-text. */
export function defaultNumberBenchDir(): string {
  if (process.env.CROSSCHECK_BENCH_DIR)
    return path.join(process.env.CROSSCHECK_BENCH_DIR, 'recognizers-text');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  return path.resolve(root, '..', 'shared', 'bench', 'recognizers-text');
}

/** Scores the parser on the English NumberModel and NumberRangeModel specs found under `dir`. */
export async function runNumberBench(
  dir: string = defaultNumberBenchDir(),
): Promise<BenchFileResult[]> {
  const base = path.join(dir, 'Specs', 'Number', 'English');
  const out: BenchFileResult[] = [];
  const numberFile = path.join(base, 'NumberModel.json');
  const rangeFile = path.join(base, 'NumberRangeModel.json');
  if (existsSync(numberFile)) out.push(await benchNumberModel(numberFile));
  if (existsSync(rangeFile)) out.push(await benchRangeModel(rangeFile));
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const di = args.indexOf('--data');
  const dir =
    di >= 0 && args[di + 1] ? path.resolve(args[di + 1] as string) : defaultNumberBenchDir();
  const verbose = args.includes('--verbose');
  const results = await runNumberBench(dir);
  if (results.length === 0) {
    process.stderr.write(`bench-numbers: no spec files under ${dir}/Specs/Number/English\n`);
    process.exit(2);
  }
  for (const r of results) {
    const pct = r.total ? ((100 * r.passed) / r.total).toFixed(1) : '0.0';
    console.log(`${r.file}: ${r.passed}/${r.total} passed (${pct}%), ${r.skipped} skipped`);
    if (verbose)
      for (const f of r.failures)
        console.log(`   ✗ ${JSON.stringify(f.input)}  expected ${f.expected}  got ${f.got}`);
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) void main();
