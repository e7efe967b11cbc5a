/**
 * Adds a fixture page: copies a saved page into tests/fixtures/pages/<slug>/
 * and writes a DRAFT expected.json from what Crosscheck reads today, for a
 * person to correct by hand (the labels are the truth the engine is scored
 * against, so never commit the draft unreviewed).
 *
 *   npm run add-fixture -- path/to/saved-page.html <slug> [--url URL]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeHtml } from '../lib/analyze-html';
import { eventDate } from '../lib/compare/event-date';

const args = process.argv.slice(2);
const urlFlag = args.indexOf('--url');
const url = urlFlag >= 0 ? (args[urlFlag + 1] ?? null) : null;
const [file, slug] = args.filter((_, i) => i !== urlFlag && i !== urlFlag + 1);

if (!file || !slug || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
  console.error(
    'usage: npm run add-fixture -- PAGE.html <slug: lower-case, digits, hyphens> [--url URL]',
  );
  process.exit(2);
}
const dir = path.resolve('tests/fixtures/pages', slug);
if (existsSync(dir)) {
  console.error(`tests/fixtures/pages/${slug} already exists`);
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
const analysis = analyzeHtml(html, { url, all: true });
const { article } = analysis;
const draft = {
  url: analysis.url,
  coverage: { detected: analysis.coverage.detected },
  article: {
    title: article.title,
    outlet: article.outlet,
    domain: article.domain,
    published: article.published,
  },
  event: analysis.coverage.detected
    ? eventDate({
        text: article.text,
        title: article.title,
        published: article.published,
        figures: analysis.figures,
      })
    : null,
  figures: analysis.figures.map(
    ({ measure, subject, claimant, value, upper, qualifier, text }) => ({
      measure,
      subject,
      claimant,
      value,
      upper,
      qualifier,
      text,
    }),
  ),
};
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'page.html'), html);
writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(draft, null, 2) + '\n');
console.log(
  `Wrote tests/fixtures/pages/${slug}/ with a DRAFT expected.json (${draft.figures.length} figures).`,
);
console.log(
  'Review every field against tests/fixtures/README.md before committing: the draft is what the engine reads today, not the truth.',
);
