/**
 * Checks that no committed line repeats third-party text: every git-tracked
 * text file is compared with the real news excerpts (git-ignored, so only
 * present locally) and, when given, the shared seeds. Reports each line that
 * shares a run of 8 or more words with one of them and exits 1; exits 0 when
 * clean or when no third-party text is present (as in CI).
 *
 *   npm run check:copies [-- --texts DIR] [-- --seeds DIR]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findCopiedRuns, indexRuns, COPIED_RUN_WORDS } from './lib/find-copied-runs';

/** Committed files that hold third-party wording by design (short labelled figure phrases) or are generated from it. */
const EXEMPT = [
  /^tests\/realworld\/labels\//,
  /^tests\/realworld\/second-pass\//,
  /^lib\/reference\/reference-reports\.ts$/,
];
/** Files that are not text. */
const BINARY = /\.(png|jpe?g|gif|webp|ico|woff2?|ttf|zip|gz|pdf|wasm)$/i;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function readTexts(dir: string | undefined): { id: string; text: string }[] {
  if (dir === undefined || !existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => /\.(txt|md|html?|json)$/i.test(name))
    .sort()
    .map((name) => ({
      id: basename(name).replace(/\.[^.]+$/, ''),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

const textsDir = option('--texts') ?? 'tests/realworld/texts';
const seedsDir = option('--seeds');
const sources = [...readTexts(textsDir), ...readTexts(seedsDir)];
if (sources.length === 0) {
  console.log(
    `check:copies: no third-party texts in ${textsDir}${seedsDir ? ` or ${seedsDir}` : ''}; nothing to compare.`,
  );
  process.exit(0);
}

const index = indexRuns(sources);
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && !BINARY.test(path) && !EXEMPT.some((re) => re.test(path)));

let hits = 0;
for (const path of tracked) {
  if (!existsSync(path) || !statSync(path).isFile()) continue;
  const text = readFileSync(path, 'utf8');
  if (text.includes('\0')) continue;
  for (const hit of findCopiedRuns(text, index)) {
    hits += 1;
    console.log(`${path}:${hit.line}: "${hit.run}" <- ${hit.source}`);
  }
}
console.log(
  `check:copies: ${sources.length} third-party texts, ${tracked.length} committed files, ` +
    `${hits} line${hits === 1 ? '' : 's'} sharing ${COPIED_RUN_WORDS}+ words.`,
);
process.exit(hits > 0 ? 1 : 0);
