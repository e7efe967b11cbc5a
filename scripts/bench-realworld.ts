/**
 * Accuracy on the real-reporting corpus: scores the engine on every labelled
 * excerpt whose text is present (texts are git-ignored; see
 * tests/realworld/README.md), with the contract's scoring, and says which
 * part of the reading went wrong.
 *
 *   npm run bench:realworld [-- --corpus DIR] [--verbose] [--only ID-PREFIX] [--json FILE]
 *                           [--split dev|check]
 *
 * --split keeps a fixed third of the corpus (by a hash of each id) out of
 * development: tune on `dev`, read only the totals of `check`, so the
 * corpus still says something about text the rules were not written for.
 *
 * Each excerpt is analysed as a .txt input (the excerpt is the article
 * text) with the label's URL, as the CLI would.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../lib/analyze';
import { compareReports } from '../lib/compare/compare-reports';
import { addressMayCover } from '../lib/coverage/address-may-cover';
import { toReport } from '../lib/compare/to-report';
import { eventsByTallies } from '../lib/compare/events-by-tallies';
import { findDateCues, findMonthDays } from '../lib/compare/find-date-cues';
import { episodeCueHits } from '../lib/compare/event-date';
import { dayIso, isoDay } from '../lib/compare/iso-day';
import { diagnoseFigures, type FigureDiagnosis } from '../lib/eval/diagnose-figures';
import { parseRealworldLabel, type RealworldLabel } from '../lib/eval/realworld-label';
import { scoreEvents } from '../lib/eval/score-events';
import { scoreRows } from '../lib/eval/score-rows';
import { phraseOnlyFigure } from '../lib/reference/claims';
import {
  matchFigures,
  scoreDetection,
  summariseFigures,
  type FigureCounts,
  type LabelledFigure,
} from '../lib/eval/score-figures';
import type { Analysis, Report } from '../lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  corpus: string;
  verbose: boolean;
  only: string | null;
  json: string | null;
  split: 'dev' | 'check' | null;
}

/** A third of the labels, fixed by a hash of the id, held out of tuning. */
function inCheckSplit(id: string): boolean {
  return createHash('sha256').update(id).digest()[0]! % 3 === 0;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | null => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : null;
  };
  return {
    corpus: path.resolve(
      value('--corpus') ??
        process.env.CROSSCHECK_REALWORLD_DIR ??
        path.join(ROOT, 'tests', 'realworld'),
    ),
    verbose: argv.includes('--verbose') || argv.includes('-v'),
    only: value('--only'),
    json: value('--json'),
    split: ((v) => (v === 'dev' || v === 'check' ? v : null))(value('--split')),
  };
}

function readLabels(
  dir: string,
  kind: 'first' | 'second-pass' = 'first',
): { labels: RealworldLabel[]; invalid: string[] } {
  const labels: RealworldLabel[] = [];
  const invalid: string[] = [];
  if (!existsSync(dir)) return { labels, invalid };
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (e) {
      invalid.push(`${name}: ${(e as Error).message}`);
      continue;
    }
    const r = parseRealworldLabel(raw, kind);
    if (r.ok) labels.push(r.label);
    else invalid.push(`${name}: ${r.problems.slice(0, 3).join('; ')}`);
  }
  return { labels, invalid };
}

const pct = (x: number): string => x.toFixed(3);
const show = (f: LabelledFigure): string =>
  `${f.measure}/${f.subject}/${f.claimant ?? 'null'} ${f.qualifier} ${f.value}${
    f.upper != null ? `-${f.upper}` : ''
  } "${f.text ?? ''}"`;

interface PageResult {
  label: RealworldLabel;
  analysis: Analysis;
  detected: boolean;
  score: number;
  counts: FigureCounts;
  diagnosis: FigureDiagnosis;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { labels, invalid } = readLabels(path.join(args.corpus, 'labels'));
  const textsDir = path.join(args.corpus, 'texts');
  console.log(`corpus: ${args.corpus}`);
  console.log(`labels: ${labels.length} valid, ${invalid.length} invalid`);
  for (const i of invalid) console.log(`  invalid ${i}`);

  const results: PageResult[] = [];
  const absent: string[] = [];
  const changed: string[] = [];
  for (const label of labels) {
    if (args.only && !label.id.startsWith(args.only)) continue;
    if (args.split && inCheckSplit(label.id) !== (args.split === 'check')) continue;
    const file = path.join(textsDir, `${label.id}.txt`);
    if (!existsSync(file)) {
      absent.push(label.id);
      continue;
    }
    const bytes = readFileSync(file);
    if (createHash('sha256').update(bytes).digest('hex') !== label.sha256) changed.push(label.id);
    const a = analyzeText(bytes.toString('utf8'), { url: label.url });
    // Negatives are scored on detection; their figures only if detected (a
    // detected negative's figures are all spurious).
    const predicted = a.coverage.detected ? a.figures : [];
    results.push({
      label,
      analysis: a,
      detected: a.coverage.detected,
      score: a.coverage.score,
      counts: matchFigures(predicted, label.figures),
      diagnosis: diagnoseFigures(predicted, label.figures),
    });
  }
  console.log(
    `texts: ${results.length} scored, ${absent.length} absent (re-gather them: tests/realworld/README.md)` +
      (changed.length ? `, ${changed.length} differ from their sha256: ${changed.join(', ')}` : ''),
  );
  if (results.length === 0) return;

  const outlets = new Set(results.map((r) => r.label.domain));
  console.log(`outlets: ${outlets.size}`);

  // Coverage, overall and by family.
  const d = scoreDetection(
    results.map((r) => ({ expected: r.label.coverage, detected: r.detected })),
  );
  console.log(
    `\ncoverage  precision ${pct(d.precision)}  recall ${pct(d.recall)}  (tp ${d.tp} fp ${d.fp} fn ${d.fn} tn ${d.tn})`,
  );
  const families = [...new Set(results.map((r) => r.label.family))].sort();
  for (const fam of families) {
    const rs = results.filter((r) => r.label.family === fam);
    const wrong = rs.filter((r) => r.detected !== r.label.coverage);
    console.log(`  ${fam.padEnd(16)} ${rs.length - wrong.length}/${rs.length} right`);
    for (const w of wrong)
      console.log(
        `    ${w.detected ? 'false detection' : 'missed'}: ${w.label.id} (score ${w.score})`,
      );
  }

  // The background's first look (address and title) must keep every coverage
  // text for the gate; the text's first line stands in for the page's title
  // (it is the headline in most excerpts, a dateline or byline in some).
  const firstLine = (r: PageResult): string =>
    readFileSync(path.join(textsDir, `${r.label.id}.txt`), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  const cut = results.filter((r) => !addressMayCover(r.label.url ?? '', firstLine(r)));
  const cutCoverage = cut.filter((r) => r.label.coverage);
  console.log(
    `first look (address + first line as title): rules out ${cutCoverage.length}/${results.filter((r) => r.label.coverage).length} coverage texts, ${cut.length - cutCoverage.length}/${results.filter((r) => !r.label.coverage).length} others`,
  );
  if (args.split !== 'check')
    for (const r of cutCoverage) console.log(`    ruled out: ${r.label.id}`);

  // Figures, overall and by round.
  const positives = results.filter((r) => r.label.coverage || r.detected);
  const line = (name: string, rs: PageResult[]): void => {
    const f = summariseFigures(rs.map((r) => r.counts));
    console.log(
      `  ${name.padEnd(16)} P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}  claimant ${pct(
        f.claimantAccuracy,
      )}  (${f.hits} hits / ${f.predicted} predicted / ${f.labelled} labelled)`,
    );
  };
  console.log('\nfigures (slot-exact, contract scoring)');
  line('all', positives);
  for (const round of [...new Set(positives.map((r) => r.label.round))].sort())
    line(
      `round ${round}`,
      positives.filter((r) => r.label.round === round),
    );

  // What went wrong, by the failure families the engine is developed against.
  const tally = new Map<string, number>();
  const add = (k: string): void => void tally.set(k, (tally.get(k) ?? 0) + 1);
  const ways = new Map<string, number>();
  const addWay = (k: string): void => void ways.set(k, (ways.get(k) ?? 0) + 1);
  for (const r of positives) {
    for (const n of r.diagnosis.nearMisses)
      for (const f of n.fields) {
        add(`wrong ${f}`);
        // Which way it went, as a count: safe to read on the held-out split.
        if (f === 'subject' || f === 'measure')
          addWay(`${f} ${String(n.label[f])} read as ${String(n.predicted[f])}`);
      }
    for (const _ of r.diagnosis.missed) add('missed (no figure with that number)');
    for (const _ of r.diagnosis.spurious) add('spurious (not a labelled figure)');
    for (const c of r.diagnosis.claimantWrong)
      add(`claimant ${c.label.claimant ?? 'null'} read as ${c.predicted.claimant ?? 'null'}`);
  }
  console.log('\nerrors');
  for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(4)}  ${k}`);
  console.log('\nwrong subject or measure, by direction');
  for (const [k, n] of [...ways].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(4)}  ${k}`);

  if (args.verbose) {
    console.log('\nper excerpt');
    for (const r of positives) {
      const dg = r.diagnosis;
      if (
        !dg.nearMisses.length &&
        !dg.missed.length &&
        !dg.spurious.length &&
        !dg.claimantWrong.length
      )
        continue;
      console.log(`- ${r.label.id}`);
      for (const n of dg.nearMisses)
        console.log(
          `    near   [${n.fields.join(',')}] want ${show(n.label)}\n                      got  ${show(n.predicted)}`,
        );
      for (const m of dg.missed) console.log(`    missed want ${show(m)}`);
      for (const s of dg.spurious) console.log(`    extra  got  ${show(s)}`);
      for (const c of dg.claimantWrong)
        console.log(
          `    claim  want ${c.label.claimant ?? 'null'} got ${c.predicted.claimant ?? 'null'}: "${c.label.text ?? ''}"`,
        );
    }
  }

  eventsReport(results, args.verbose);
  rowsReport(results, args.verbose);
  agreement(args.corpus, labels);

  if (args.json) {
    const f = summariseFigures(positives.map((r) => r.counts));
    writeFileSync(
      args.json,
      JSON.stringify({ coverage: d, figures: f, errors: Object.fromEntries(tally) }, null, 2),
    );
  }
}

/** A label as the report the popup would compare, with the labelled figures and episode. */
function labelledReport(label: RealworldLabel): Report {
  return {
    url: label.url ?? label.id,
    outlet: label.outlet,
    domain: label.domain,
    title: '',
    published: label.published,
    event: label.event,
    origin: 'page',
    seenAt: 0,
    coverageScore: 1,
    signals: [],
    figures: label.figures.map(phraseOnlyFigure),
  };
}

/**
 * What the reader finally sees: for every episode that two or more labelled
 * excerpts cover, the comparison rows the labels imply against those built
 * from the engine's reading (its own event dating included). Units are not
 * labelled, so rows of the measure "other" are left out on both sides.
 */
function rowsReport(results: readonly PageResult[], verbose: boolean): void {
  const byEvent = new Map<string, PageResult[]>();
  for (const r of results)
    if (r.label.coverage && r.label.event)
      byEvent.set(r.label.event, [...(byEvent.get(r.label.event) ?? []), r]);
  const opts = { trustedDomains: new Set<string>() };
  const counted = { rows: 0, joined: 0, right: 0 };
  const wrong: string[] = [];
  for (const [event, group] of [...byEvent].sort()) {
    if (group.length < 2) continue;
    const truth = compareReports(
      group.map((r) => labelledReport(r.label)),
      opts,
    ).rows;
    const read = compareReports(
      group.map((r) =>
        toReport(
          { ...r.analysis, article: { ...r.analysis.article, published: r.label.published } },
          { origin: 'page', seenAt: 0 },
        ),
      ),
      opts,
    ).rows;
    const s = scoreRows(
      truth.filter((t) => t.measure !== 'other'),
      read.filter((t) => t.measure !== 'other'),
    );
    counted.rows += s.rows;
    counted.joined += s.joined;
    counted.right += s.right;
    for (const w of s.wrong) wrong.push(`${event} ${w.row}: ${w.why}`);
  }
  console.log(
    `\ncomparison rows the labels imply: ${counted.rows}; formed from the same reports ${counted.joined}; right status too ${counted.right}`,
  );
  if (verbose) for (const w of wrong) console.log(`  ${w}`);
}

/**
 * Event dating apart from the figures: which event the engine dated each
 * labelled coverage report to (publication date as labelled, as in the rows
 * below; undated reports may take an episode from shared tallies, as when
 * the comparison groups them), scored exactly and on pairs (same episode
 * joined, different episodes kept apart).
 */
function eventsReport(results: readonly PageResult[], verbose: boolean): void {
  const covered = results.filter((r) => r.label.coverage && r.label.event);
  // The engine's reports of all of them, as a store would hold them: an
  // undated one may take the episode of reports that repeat its tallies.
  const events = eventsByTallies(
    covered.map((r) =>
      toReport(
        { ...r.analysis, article: { ...r.analysis.article, published: r.label.published } },
        { origin: 'page', seenAt: 0 },
      ),
    ),
  );
  const cases = covered.map((r, i) => ({
    id: r.label.id,
    truth: r.label.event!,
    predicted: events[i]!,
  }));
  const s = scoreEvents(cases);
  const byId = new Map(results.map((r) => [r.label.id, r]));
  console.log(
    `
events  ${s.exact}/${s.reports} dated to the labelled episode; same-episode pairs joined ${s.sameJoined}/${s.samePairs}; different-episode pairs joined ${s.otherJoined}/${s.otherPairs}`,
  );
  if (!verbose) return;
  for (const [event, cs] of [...s.byEvent].sort()) {
    const wrong = cs.filter((c) => c.predicted !== event);
    console.log(`  ${event}  ${cs.length - wrong.length}/${cs.length}`);
    for (const c of wrong) {
      console.log(`    ${c.predicted ?? 'null'}  ${c.id}`);
      const r = byId.get(c.id);
      if (r) console.log(eventEvidence(r));
    }
  }
}

/**
 * What the event dating had to go on, for the verbose listing of dating
 * errors: the publication date as labelled, the day cues it resolves, the
 * month-days written without a year, and each episode's cue words found.
 */
function eventEvidence(r: PageResult): string {
  const { title, text } = r.analysis.article;
  const published = isoDay(r.label.published);
  const all = `${title}\n${text}`;
  const days = findDateCues(all, published).map(
    (c) => `${all.slice(c.start, c.end)}=${dayIso(c.day)}${c.background ? '(bg)' : ''}`,
  );
  const monthDays = findMonthDays(all).map((c) => all.slice(c.start, c.end));
  const cues = episodeCueHits(all).map((e) => `${e.id}[${e.hits.join(', ')}]`);
  const lines = [
    `        published ${r.label.published ?? 'null'}; title "${title.slice(0, 90)}"`,
    `        day cues: ${days.join('; ') || '-'}${monthDays.length ? `; month-days: ${monthDays.join('; ')}` : ''}`,
    `        episode cues: ${cues.join(' ') || '-'}`,
  ];
  return lines.join('\n');
}

/** Agreement between the labels and a blind second labelling of the same texts. */
function agreement(corpus: string, labels: readonly RealworldLabel[]): void {
  const { labels: second } = readLabels(path.join(corpus, 'second-pass'), 'second-pass');
  if (second.length === 0) return;
  const byId = new Map(labels.map((l) => [l.id, l]));
  const counts: FigureCounts[] = [];
  let coverageSame = 0;
  let pairs = 0;
  for (const s of second) {
    const first = byId.get(s.id);
    if (!first) continue;
    pairs++;
    if (first.coverage === s.coverage) coverageSame++;
    counts.push(matchFigures(s.figures, first.figures));
  }
  if (!pairs) return;
  const f = summariseFigures(counts);
  console.log(
    `\nlabel agreement (${pairs} texts labelled twice): coverage ${coverageSame}/${pairs}, figures F1 ${pct(
      f.f1,
    )}, claimant ${pct(f.claimantAccuracy)}`,
  );
}

main();
