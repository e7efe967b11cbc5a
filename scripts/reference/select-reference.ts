/**
 * Which labelled real reports make the bundled reference set, and what of
 * each is kept. Facts and figures carry over from the labels; no sentence
 * of the article does: the title is our own (the episode's name and the
 * label id's topic words, which the labellers wrote), and figures keep only
 * their short phrase.
 *
 * Kept: positive labels that are coverage, of a known episode
 * (lib/conflict/events.ts), from a news outlet, with at least one figure
 * the comparison can use (every measure but `other`, whose unit the labels
 * do not record). One report per URL.
 */
import * as v from 'valibot';
import { ACTORS } from '../../lib/conflict/actors';
import { EVENTS } from '../../lib/conflict/events';
import { COVERAGE_PLACES } from '../../lib/conflict/places';
import { namedSignals } from '../../lib/compare/to-report';
import { RealworldLabelSchema } from '../../lib/eval/realworld-label';
import type { ReferenceEntry } from '../../lib/reference/reference-entry';

/**
 * Sites that are not news outlets: apps and sites that summarise or
 * republish other outlets' reporting (a games magazine carrying agency copy
 * included), encyclopedias, social and video sites. A report there is
 * nobody's report of its own.
 */
export const NOT_OUTLETS: readonly string[] = Object.freeze([
  'particle.news',
  'europesays.com',
  'gamereactor.eu',
  'wikipedia.org',
  'reddit.com',
  'x.com',
  'twitter.com',
  'facebook.com',
  'youtube.com',
  'medium.com',
  'substack.com',
  'blogspot.com',
  'quora.com',
]);

export interface Selection {
  entries: ReferenceEntry[];
  /** Labels left out, with why (printed by the build script). */
  skipped: { id: string; reason: string }[];
}

const isNotOutlet = (domain: string) =>
  NOT_OUTLETS.some((d) => domain === d || domain.endsWith(`.${d}`));

/** "over-130-taliban-killed" from "lankanewspapers-2026-02-27-over-130-taliban-killed". */
export function topicWords(id: string): string {
  const m = /^[^-]+-(?:\d{4}-\d{2}-\d{2}|nodate)-(.+)$/.exec(id);
  return (m?.[1] ?? '').split('-').filter(Boolean).join(' ');
}

/** Names written in capitals ("UNAMA", "TTP", "ISPR"), from the conflict's data. */
const ACRONYMS = new Set(
  [...ACTORS, ...COVERAGE_PLACES].flatMap((a) => a.aliases).filter((a) => /^[A-Z]{2,}$/.test(a)),
);

/** Capitalised words (acronyms in capitals), so that names in the topic words are found as names. */
const titleCase = (words: string) =>
  words
    .split(' ')
    .map((w) =>
      ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');

/**
 * Our own short title: the episode's name and the label's topic words.
 *
 * @example ownTitle('February 2026 "open war"', 'over 130 taliban killed') // 'February 2026 "open war": Over 130 Taliban Killed'
 */
export function ownTitle(episodeLabel: string, topic: string): string {
  return topic ? `${episodeLabel}: ${titleCase(topic)}` : episodeLabel;
}

/**
 * The reference entries for a set of labels (any order in; sorted by label
 * id out, so the generated module is stable).
 */
export function selectReference(labels: readonly unknown[]): Selection {
  const entries: ReferenceEntry[] = [];
  const skipped: Selection['skipped'] = [];
  const urls = new Set<string>();
  const parsed = labels
    .map((raw) => ({ raw, r: v.safeParse(RealworldLabelSchema, raw) }))
    .sort((a, b) =>
      String((a.raw as { id?: unknown })?.id).localeCompare(
        String((b.raw as { id?: unknown })?.id),
      ),
    );
  for (const { raw, r } of parsed) {
    const id = String((raw as { id?: unknown })?.id ?? '?');
    if (!r.success) {
      skipped.push({ id, reason: `invalid label: ${r.issues[0].message}` });
      continue;
    }
    const label = r.output;
    const skip = (reason: string) => skipped.push({ id, reason });
    if (label.family !== 'positive' || !label.coverage) {
      skip('not coverage');
      continue;
    }
    const episode = EVENTS.find((e) => e.start === label.event);
    if (!episode) {
      skip(`episode ${label.event} is not a known one`);
      continue;
    }
    if (isNotOutlet(label.domain)) {
      skip(`${label.domain} is not a news outlet`);
      continue;
    }
    const figures = label.figures.filter((f) => f.measure !== 'other');
    if (figures.length === 0) {
      skip('no figure the comparison can use');
      continue;
    }
    if (urls.has(label.url)) {
      skip('URL already in the set');
      continue;
    }
    urls.add(label.url);
    const title = ownTitle(episode.label, topicWords(label.id));
    entries.push({
      label: label.id,
      url: label.url,
      outlet: label.outlet,
      domain: label.domain,
      published: label.published,
      eventId: episode.id,
      title,
      signals: namedSignals([title, ...figures.map((f) => f.text)].join('\n')),
      figures: figures.map((f) => ({
        measure: f.measure,
        subject: f.subject,
        claimant: f.claimant,
        value: f.value,
        upper: f.upper,
        qualifier: f.qualifier,
        text: f.text,
      })),
    });
  }
  return { entries, skipped };
}
