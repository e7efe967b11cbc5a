/**
 * Accuracy report: coverage detection and figure extraction on the labelled
 * fixture pages, article-body extraction on the Zyte benchmark, number
 * parsing on the Recognizers-Text specs (when scripts/bench-numbers.ts is
 * there), and false coverage detections on every third-party bench page.
 *
 *   npm run bench:accuracy [-- --bench DIR]   (or env CROSSCHECK_BENCH_DIR; default ../shared/bench)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { analyzeHtml } from '../lib/analyze-html';
import { decodeHtml } from '../lib/dom/decode-html';
import { parseExpectation } from '../lib/eval/fixture-pages';
import {
  matchFigures,
  scoreDetection,
  summariseFigures,
  type FigureCounts,
} from '../lib/eval/score-figures';
import { shingleScore, summariseShingles, type PageShingleScore } from '../lib/eval/shingle-score';
import { scoreSnippets, type SnippetCounts } from '../lib/eval/trafilatura-score';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'pages');

function benchDir(argv: string[]): string {
  const i = argv.indexOf('--bench');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]!);
  if (process.env.CROSSCHECK_BENCH_DIR) return path.resolve(process.env.CROSSCHECK_BENCH_DIR);
  return path.resolve(ROOT, '..', 'shared', 'bench');
}

const pct = (x: number): string => x.toFixed(3);
const readPage = (file: string): string => {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decodeHtml(bytes);
};

function fixtureReport(): void {
  if (!existsSync(FIXTURES)) return void console.log('fixtures: none');
  const pairs: { expected: boolean; detected: boolean }[] = [];
  const counts: FigureCounts[] = [];
  const misses: string[] = [];
  for (const slug of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, slug);
    const exp = path.join(dir, 'expected.json');
    const page = readdirSync(dir).find((f) => /\.(html?|txt)$/i.test(f));
    if (!existsSync(exp) || !page) continue;
    const expected = parseExpectation(JSON.parse(readFileSync(exp, 'utf8')));
    const a = analyzeHtml(readPage(path.join(dir, page)), { url: expected.url });
    pairs.push({ expected: expected.coverage.detected, detected: a.coverage.detected });
    if (expected.coverage.detected !== a.coverage.detected)
      misses.push(`${slug} (score ${a.coverage.score})`);
    counts.push(matchFigures(a.figures, expected.figures));
  }
  const d = scoreDetection(pairs);
  const f = summariseFigures(counts);
  console.log(`fixtures: ${pairs.length} pages`);
  console.log(
    `  coverage  precision ${pct(d.precision)}  recall ${pct(d.recall)}  (tp ${d.tp} fp ${d.fp} fn ${d.fn} tn ${d.tn})`,
  );
  for (const m of misses) console.log(`    wrong: ${m}`);
  console.log(
    `  figures   precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${pct(f.f1)}  (${f.hits} hits / ${f.predicted} predicted / ${f.labelled} labelled)`,
  );
  console.log(`  claimant  accuracy over hits ${pct(f.claimantAccuracy)}`);
}

function zyteReport(bench: string): void {
  const dir = path.join(bench, 'article-extraction-benchmark');
  const gtFile = path.join(dir, 'ground-truth.json');
  if (!existsSync(gtFile)) return void console.log('article body (Zyte): not found');
  const gt = JSON.parse(readFileSync(gtFile, 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const scores: PageShingleScore[] = [];
  const t0 = performance.now();
  for (const [id, { articleBody, url }] of Object.entries(gt)) {
    const file = path.join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    scores.push(shingleScore(articleBody, analyzeHtml(readPage(file), { url }).article.text));
  }
  const s = summariseShingles(scores);
  const ms = (performance.now() - t0) / Math.max(1, scores.length);
  console.log(
    `article body (Zyte, ${s.pages} pages): F1 ${pct(s.f1)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  exact ${pct(s.accuracy)}  (${ms.toFixed(1)} ms/page)`,
  );
}

function trafilaturaReport(bench: string): void {
  const dir = path.join(bench, 'trafilatura-eval', 'tests');
  const file = path.join(dir, 'evaldata.en-subset.json');
  if (!existsSync(file)) return;
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    { file: string; with: string[]; without: string[] }
  >;
  const sum: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const [key, e] of Object.entries(data)) {
    const html = [
      path.join(dir, 'cache', `${e.file}.gz`),
      path.join(dir, 'eval', `${e.file}.gz`),
    ].find(existsSync);
    if (!html) continue;
    const url = key.startsWith('http') ? key : null;
    const c = scoreSnippets(analyzeHtml(readPage(html), { url }).article.text, e.with, e.without);
    sum.tp += c.tp;
    sum.fn += c.fn;
    sum.fp += c.fp;
    sum.tn += c.tn;
  }
  const p = sum.tp / Math.max(1, sum.tp + sum.fp);
  const r = sum.tp / Math.max(1, sum.tp + sum.fn);
  console.log(
    `article body (trafilatura en subset): F1 ${pct((2 * sum.tp) / Math.max(1, 2 * sum.tp + sum.fp + sum.fn))}  precision ${pct(p)}  recall ${pct(r)}`,
  );
}

async function numbersReport(bench: string): Promise<void> {
  const modPath = path.join(ROOT, 'scripts', 'bench-numbers.ts');
  if (!existsSync(modPath))
    return void console.log('numbers: scripts/bench-numbers.ts not found, skipped');
  try {
    const mod = (await import('./bench-numbers')) as {
      runNumberBench?: (dir: string) => Promise<{ file: string; passed: number; total: number }[]>;
    };
    if (!mod.runNumberBench)
      return void console.log('numbers: runNumberBench not exported, skipped');
    for (const r of await mod.runNumberBench(path.join(bench, 'recognizers-text'))) {
      console.log(
        `numbers (${r.file}): ${r.passed}/${r.total} passed (${pct(r.total ? r.passed / r.total : 0)})`,
      );
    }
  } catch (e) {
    console.log(`numbers: skipped (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Every HTML page of the third-party sets: none is about the conflict, so every detection is false. */
export function benchPages(bench: string): string[] {
  const out: string[] = [];
  const add = (dir: string, test: (f: string) => boolean): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir, { recursive: true }) as string[])
      if (test(f)) out.push(path.join(dir, f));
  };
  add(path.join(bench, 'article-extraction-benchmark', 'html'), (f) => f.endsWith('.html.gz'));
  add(path.join(bench, 'readability-test-pages', 'test', 'test-pages'), (f) =>
    f.endsWith('source.html.gz'),
  );
  add(
    path.join(bench, 'trafilatura-eval', 'tests'),
    (f) => /\.html?\.gz$|\.gz$/.test(f) && !f.endsWith('.json.gz'),
  );
  return out.sort();
}

function falseDetectionReport(bench: string): void {
  const pages = benchPages(bench);
  const hits: string[] = [];
  for (const p of pages) {
    const a = analyzeHtml(readPage(p), {});
    if (a.coverage.detected)
      hits.push(
        `${path.relative(bench, p)} (score ${a.coverage.score}: ${a.coverage.signals.slice(0, 5).join(', ')})`,
      );
  }
  console.log(`false coverage detections on bench pages: ${hits.length} of ${pages.length}`);
  for (const h of hits) console.log(`    ${h}`);
}

async function main(): Promise<void> {
  const bench = benchDir(process.argv.slice(2));
  fixtureReport();
  zyteReport(bench);
  trafilaturaReport(bench);
  await numbersReport(bench);
  falseDetectionReport(bench);
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) void main();
