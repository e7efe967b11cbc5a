/**
 * Everything one benchmark run measured, and how it is printed: a console
 * table and the Markdown page docs/bench-results.md.
 */
import type { AnalysisResult } from './analysis-cost';
import { BUDGETS, verdict, type Verdict } from './budgets';
import type { BundleSize } from './bundle-sizes';
import type { CliResult } from './cli-throughput';
import type { CompareResult } from './compare-cost';
import type { ContentResult } from './content-cost';
import type { PopupResult } from './popup-cost';
import type { Summary } from './stats';

export interface BenchResults {
  startedAt: string;
  quick: boolean;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    chromium: string | null;
    loadAverage: number[];
  };
  sizes?: { bundles: BundleSize[]; zips: { file: string; bytes: number }[] };
  content?: ContentResult;
  analysis?: AnalysisResult;
  popup?: PopupResult;
  compare?: CompareResult;
  cli?: CliResult;
  /** Sections that failed, with the error. */
  errors: Record<string, string>;
  verdicts?: Verdict[];
}

export function verdictsOf(r: BenchResults): Verdict[] {
  const content = r.sizes?.bundles.find((b) => b.entry === 'content');
  // Budgets are read at the largest store measured (the store's cap).
  const compareCap = r.compare?.levels.at(-1);
  const popupCap = r.popup?.levels.at(-1);
  const values: Record<string, number | null> = {
    'content-main-thread': r.content?.addedScriptMs.median ?? null,
    'content-vs-empty': r.content?.addedVsEmpty ?? null,
    'content-vs-textcontent': r.content?.gateVsTextContent ?? null,
    'content-size': content ? content.bytes / 1024 : null,
    'analysis-ms': r.analysis?.analyzeMs.median ?? null,
    'analysis-vs-readability': r.analysis?.ratio ?? null,
    'analysis-page-vs-readability': r.analysis?.pageRatio ?? null,
    'compare-ms': compareCap ? Math.max(compareCap.windowMs.median, compareCap.allMs.median) : null,
    'popup-ms': popupCap?.paintMs.median ?? null,
    'tab-view-ms': popupCap?.tabViewMs.median ?? null,
    'cli-pages-per-second': r.cli?.pagesPerSecond.median ?? null,
  };
  return BUDGETS.map((b) => verdict(b, values[b.id] ?? null));
}

const n = (x: number | null | undefined, d = 2) =>
  x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d);
const ms = (s: Summary | undefined, d = 2) => (s && s.n ? `${n(s.median, d)} ms` : 'n/a');
const spread = (s: Summary | undefined, d = 2) => (s && s.n ? `${n(s.min, d)}–${n(s.max, d)}` : '');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (v: Verdict) => (v.met === null ? '–' : v.met ? '✓' : '✗');

/** Markdown table from a header and rows. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function budgetTable(verdicts: readonly Verdict[]): string {
  return table(
    ['', 'Budget', 'Measured', 'Limit', 'Factor'],
    verdicts.map((v) => [
      mark(v),
      v.label,
      v.value === null ? 'not run' : `${n(v.value)} ${v.unit}`,
      `${v.kind === 'max' ? '≤' : '≥'} ${v.limit} ${v.unit}`,
      v.factor === null ? '' : `${n(v.factor)}× the limit`,
    ]),
  );
}

export function sectionTables(r: BenchResults): string[] {
  const out: string[] = [];
  if (r.content) {
    const c = r.content;
    out.push(
      `### Always-on content script (${c.pages.length} non-coverage pages × ${c.loadsPerPage} loads, with and without the extension)`,
      table(
        ['Measure', 'Median over pages', 'Min–max', 'Ratio'],
        [
          [
            'Main-thread script time added (CDP ScriptDuration, with − without)',
            ms(c.addedScriptMs),
            spread(c.addedScriptMs),
            `${n(c.addedVsTextContent, 1)}× a textContent read`,
          ],
          [
            'Floor: an EMPTY content script declared for the listed news sites (ScriptDuration, with − without)',
            ms(c.emptyScriptMs),
            spread(c.emptyScriptMs),
            `Crosscheck's is ${n(c.addedVsEmpty)}× this`,
          ],
          [
            'Main-thread task time added (CDP TaskDuration, with − without; noisy)',
            ms(c.addedTaskMs),
            spread(c.addedTaskMs),
            '',
          ],
          [
            `Gate alone, on the ${c.gateRan.length} of ${c.pages.length} pages whose title and address did not rule them out (readGateInput + gate, \`crosscheck:gate\` measure)`,
            ms(c.gateMs),
            spread(c.gateMs),
            `${n(c.gateVsTextContent, 1)}× a textContent read`,
          ],
          [
            'Floor: one `document.body.textContent` read (no extension)',
            ms(c.textContentMs),
            spread(c.textContentMs),
            '1×',
          ],
          [
            'Floor: mean of 10 back-to-back reads',
            ms(c.textContentMeanMs, 3),
            spread(c.textContentMeanMs, 3),
            '',
          ],
        ],
      ),
      c.gatePassed.length ? `Pages whose gate passed (left out): ${c.gatePassed.join(', ')}` : '',
    );
  }
  if (r.analysis) {
    const a = r.analysis;
    out.push(
      `### Analysis of a page (${a.pages.length} coverage fixture pages × ${a.runsPerPage} runs, all timed in the page)`,
      table(
        ['Measure', 'Median over pages', 'Min–max'],
        [
          [
            "The page's share: reading the article (extractArticle, as the analyzer runs it in the tab), warm",
            ms(a.pageShareMs),
            spread(a.pageShareMs),
          ],
          [
            "The background's share: coverage and figures of that article (analyzeArticle), warm",
            ms(a.textShareMs),
            spread(a.textShareMs),
          ],
          [
            'The whole analysis (analyzeDocument, as the CLI runs it), warm',
            ms(a.analyzeMs),
            spread(a.analyzeMs),
          ],
          ['Readability parse alone (on a clone)', ms(a.readabilityMs), spread(a.readabilityMs)],
          [
            "The page's share, first run on the page (cold code, as the injected analyzer pays it on every page)",
            ms(a.firstPageShareMs),
            spread(a.firstPageShareMs),
          ],
          [
            "The background's share, first run (cold code, as a background that just started pays it)",
            ms(a.firstTextShareMs),
            spread(a.firstTextShareMs),
          ],
          ["Ratio page's share / Readability", `${n(a.pageRatio)}×`, ''],
          ['Ratio whole analysis / Readability', `${n(a.ratio)}×`, ''],
        ],
      ),
    );
  }
  if (r.compare) {
    out.push(
      '### Match + compare in Node, at each store size',
      table(
        ['Stored reports', 'Case', 'Median', 'Min–max', 'p95'],
        r.compare.levels.flatMap((c) => [
          [
            c.stored.toLocaleString('en'),
            `Event-window candidates (${c.windowCandidates}; ${c.matched} matched, ${c.rows} rows)`,
            ms(c.windowMs),
            spread(c.windowMs),
            `${n(c.windowMs.p95)} ms`,
          ],
          [
            c.stored.toLocaleString('en'),
            `All ${c.stored} handed over`,
            ms(c.allMs),
            spread(c.allMs),
            `${n(c.allMs.p95)} ms`,
          ],
        ]),
      ),
    );
  }
  if (r.popup) {
    const p = r.popup;
    const ratio = (a: Summary, b: Summary) => (b.n && a.n ? `${n(a.median / b.median, 1)}×` : '');
    out.push(
      `### Popup at each store size (page: ${p.page}; ${p.staleForced ? "a new report of the page's episode stored before every worst-case opening" : 'no bench hook: every opening used the cached comparison'}${p.baseline ? `; previous code: ${p.baseline}, loaded beside it and opened in turn` : ''})`,
      table(
        [
          'Stored reports',
          'Measure',
          'Median',
          'Min–max',
          'Baseline (same run)',
          'Baseline median',
          'Ratio',
        ],
        p.levels.flatMap((l) => {
          const size = l.storedReports.toLocaleString('en');
          const before = l.previous;
          /** The measure beside a baseline of the same run, when that baseline was measured. */
          const besideRow = (
            measure: string,
            now: Summary,
            label: string,
            base: Summary | undefined,
          ): string[][] =>
            base
              ? [[size, measure, ms(now, 1), spread(now, 1), label, ms(base, 1), ratio(now, base)]]
              : [];
          // The earlier commit's same measure, when the run opened it in turn (--popup-baseline).
          const previousRow = (measure: string, now: Summary, then: Summary | undefined) =>
            besideRow(
              measure,
              now,
              `the same, ${p.baseline ?? 'earlier commit'} (previous code)`,
              then,
            );
          const measured = (x: Summary | undefined) => (x?.n ? x : undefined);
          return [
            [
              size,
              `Popup painted with data, store changed (worst case; ${l.rows} rows)`,
              ms(l.paintMs, 1),
              spread(l.paintMs, 1),
              'same opening, nothing changed (cached comparison)',
              ms(l.cachedPaintMs, 1),
              ratio(l.paintMs, l.cachedPaintMs),
            ],
            ...previousRow('Popup painted with data, store changed', l.paintMs, before?.paintMs),
            ...previousRow(
              'Popup painted with data, nothing changed',
              l.cachedPaintMs,
              before?.cachedPaintMs,
            ),
            ...(l.completePaintMs?.n
              ? besideRow(
                  'Popup complete (every table of values painted), store changed',
                  l.completePaintMs,
                  'its first screen painted with data (the measure above)',
                  l.paintMs,
                )
              : []),
            ...besideRow(
              'Popup painted with data, store changed',
              l.paintMs,
              'the popup\'s own first paint ("Opening…", no data yet)',
              measured(l.firstPaintMs),
            ),
            ...besideRow(
              'Popup painted with data, store changed',
              l.paintMs,
              "floor: any extension page with the popup's markup and stylesheet, no script, first paint",
              measured(l.floorPaintMs),
            ),
            [
              size,
              'get-tab-view answer, store changed (index query + match + compare)',
              ms(l.tabViewMs, 1),
              spread(l.tabViewMs, 1),
              'same message, cached comparison',
              ms(l.cachedTabViewMs, 1),
              ratio(l.tabViewMs, l.cachedTabViewMs),
            ],
            ...besideRow(
              'get-tab-view answer, store changed',
              l.tabViewMs,
              'floor: a message to a service worker that answers at once',
              measured(l.floorMessageMs),
            ),
            ...previousRow('get-tab-view answer, store changed', l.tabViewMs, before?.tabViewMs),
            ...previousRow(
              'get-tab-view answer, cached comparison',
              l.cachedTabViewMs,
              before?.cachedTabViewMs,
            ),
            [
              size,
              `In the worker: index query + match + whole reports of the matches + compare`,
              ms(l.indexCompareMs, 1),
              spread(l.indexCompareMs, 1),
              `before the index: ${l.wholeReports} whole reports of the window + match + compare`,
              ms(l.wholeCompareMs, 1),
              ratio(l.indexCompareMs, l.wholeCompareMs),
            ],
            [
              size,
              `In the worker: index query alone (${l.indexCandidates} candidates)`,
              ms(l.indexQueryMs, 1),
              spread(l.indexQueryMs, 1),
              '',
              '',
              '',
            ],
          ];
        }),
      ),
    );
  }
  if (r.cli) {
    const c = r.cli;
    out.push(
      `### CLI batch (${c.pages} Zyte pages, one process, ${c.seconds.n} runs)`,
      table(
        ['Measure', 'Median', 'Min–max'],
        [
          [
            'Pages per second',
            n(c.pagesPerSecond.median, 1),
            `${n(c.pagesPerSecond.min, 1)}–${n(c.pagesPerSecond.max, 1)}`,
          ],
          ['Wall time', `${n(c.seconds.median)} s`, `${n(c.seconds.min)}–${n(c.seconds.max)} s`],
          ['Failed pages', String(c.failed), ''],
        ],
      ),
    );
  }
  if (r.sizes) {
    out.push(
      '### Bundle sizes (Chrome MV3 build; each entrypoint with the chunks it loads)',
      table(
        ['Entrypoint', 'Minified', 'Gzipped', 'Files'],
        r.sizes.bundles.map((b) => [b.entry, kb(b.bytes), kb(b.gzipBytes), String(b.files.length)]),
      ),
      r.sizes.zips.length
        ? table(
            ['Store zip', 'Size'],
            r.sizes.zips.map((z) => [z.file, kb(z.bytes)]),
          )
        : '',
    );
  }
  return out.filter(Boolean);
}

export function renderMarkdown(r: BenchResults): string {
  const verdicts = r.verdicts ?? verdictsOf(r);
  const missed = verdicts.filter((v) => v.met === false);
  return [
    '# Benchmark results',
    '',
    `Generated by \`npm run bench${r.quick ? ' -- --quick' : ''}\` on ${r.startedAt.slice(0, 10)} (${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, ${r.machine.chromium ?? 'Chromium'} headless; load average ${r.machine.loadAverage.map((x) => x.toFixed(1)).join(' ')} at the start, as other jobs shared the machine). Medians over repeated runs; min–max beside them. This is a measurement, not a test: it never fails on a number.`,
    '',
    '## Budgets',
    '',
    budgetTable(verdicts),
    '',
    ...(missed.length
      ? [
          '## Budgets not met, and why',
          '',
          ...missed.map(
            (v) =>
              `- **${v.label}**: ${n(v.value)} ${v.unit} against ${v.kind === 'max' ? '≤' : '≥'} ${v.limit} ${v.unit} (${n(v.factor)}× the limit). ${v.whyMissed}`,
          ),
          '',
        ]
      : []),
    '## Details',
    '',
    ...sectionTables(r).flatMap((s) => [s, '']),
    ...(Object.keys(r.errors).length
      ? [
          '## Sections that failed',
          '',
          ...Object.entries(r.errors).map(([k, e]) => `- ${k}: ${e}`),
          '',
        ]
      : []),
    '## How it is measured',
    '',
    "- Pages are served by the local fixture server (scripts/lib/fixture-server.ts) under listed news domains through Chromium's `--host-resolver-rules`; page scripts are stripped so only ours run.",
    "- Content script: each non-coverage page (Readability's real-world test pages) is loaded alternately in Chromium with the built extension and in Chromium without it; CDP `Performance.getMetrics` is read 300 ms after `load`, before anything else is evaluated in the page.",
    "- Analysis: a bundle of lib/analyze and Readability (scripts/bench/page-probe.ts, built with esbuild) is injected into each coverage fixture page in a browser without the extension. The extension runs the page's share (reading the article) in the tab and the background's share (coverage and figures) in its background; both are timed here in the page, on the same engine and load as Readability.",
    "- Popup: 10,000 and then 20,000 synthetic reports (built from the reference reports, many outlets and episodes, 5% in the page's own episode) are written into the extension's IndexedDB by the extension's own store code run in its service worker (scripts/bench/store-probe.ts); `popup.html?tab=N` is then opened repeatedly, alternately after a new report of the page's episode was stored (the background compares afresh: the worst case) and with nothing changed (the tab's cached comparison: the baseline). The popup's own first paint (\"Opening…\", before any data) is its start-up floor. With `--popup-baseline REF` the extension as commit REF built it is loaded in the same browser and its popup opened in turn with this one's (the previous code, same load). The first row's paint is read in the popup (a timer after the next animation frame once the row is in the page); the bench waits for the probe's console message, so nothing of the driver runs in the page while it opens.",
    '- CLI: the 181 pages of the Zyte article-extraction benchmark, gunzipped, in one `crosscheck analyze` process.',
    '',
  ].join('\n');
}
