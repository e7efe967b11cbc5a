/**
 * Rows of the comparison: one per slot (measure, subject, claimant) of one
 * event, with each report's value, a status (agree / compatible / conflict),
 * whether the parties contest it, and whether a conflict is a running tally.
 *
 * Choices (the contract leaves them to us):
 * - A report that repeats an earlier one (the same article under another
 *   address, such as the reference entry of the page being read) is dropped
 *   first: one article is one report (independent-reports.ts).
 * - Report 0 is the current page. Rows are the slots it fills (even when no
 *   other report has a value: the popup lists every figure of the page; such
 *   a row has one value and status `agree`, trivially) plus the slots at
 *   least two other reports fill. A slot only one other report fills is left
 *   out: nothing to compare it with, and not on this page.
 * - Reports of different events never share a row. Given several events
 *   (the CLI), rows are formed per event group and the group's first report
 *   plays the current page's part.
 * - Figures about another period than the report's event ("since October,
 *   when 23 soldiers died" in a February story) are left out: they belong to
 *   an earlier episode (is-background-figure.ts).
 * - One value per report and slot: when a report repeats a slot, the
 *   mention with the highest lower bound wins, ties going to the first
 *   mention (the lede). A count that grows during the day ends higher ("by
 *   Friday evening the toll had risen to…"), and a part is smaller than the
 *   whole ("40-50 in one sector alone" beside "more than 200"); figures of
 *   earlier periods are already left out.
 * - Unattributed figures (claimant null, the outlet's own statement) are a
 *   slot of their own: an outlet saying "12 soldiers died" is not Pakistan's
 *   claim, and folding it into one would hide who says what. They can be
 *   contested by a party's disjoint figure, but never make a party's figure
 *   contested: the outlet is not a party.
 * - `other` figures are compared only within one canonical unit (km with
 *   miles, hours with days), and only when they have a unit (config).
 */
import type {
  Comparison,
  CompareReport,
  CompareRow,
  CompareValue,
  Report,
  ReportFigure,
} from '../types';
import { MEASURES, SUBJECTS } from '../types';
import { COMPARE_CONFIG } from './config';
import type { Episode } from './event-date';
import { EVENTS } from '../conflict/events';
import { groupByEvent } from './group-by-event';
import { independentReports } from './independent-reports';
import { isBackgroundFigure } from './is-background-figure';
import { disjoint, figureInterval, intervalStatus, type Interval } from './interval';

export interface CompareOptions {
  trustedDomains: ReadonlySet<string>;
  /** Known episodes (defaults to lib/conflict/events). */
  events?: readonly Episode[];
}

/** A report's representative figure for one slot. */
interface SlotValue {
  report: number;
  figure: ReportFigure;
  interval: Interval;
  tolerance: number;
  /** Position of the slot's first mention in the report, for ordering rows. */
  firstMention: number;
}

interface Slot {
  key: string;
  measure: ReportFigure['measure'];
  subject: ReportFigure['subject'];
  claimant: ReportFigure['claimant'];
  unit: string | null;
  values: SlotValue[];
}

/** Whether a domain or one of its parents is trusted ("edition.cnn.com" under "cnn.com"). */
export function isTrusted(domain: string, trusted: ReadonlySet<string>): boolean {
  let d = domain.toLowerCase().replace(/^www\./, '');
  for (;;) {
    if (trusted.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0 || d.indexOf('.', dot + 1) < 0) return false;
    d = d.slice(dot + 1);
  }
}

/** Key of a figure's slot; null when the figure is not compared (unit-less `other`). */
function slotKey(f: ReportFigure): { key: string; unit: string | null } | null {
  const unit = f.measure === 'other' ? figureInterval(f).unit : null;
  if (f.measure === 'other' && unit === null && COMPARE_CONFIG.rows.requireUnitForOther)
    return null;
  return { key: `${f.measure}|${f.subject}|${f.claimant ?? ''}|${unit ?? ''}`, unit };
}

/** Slots one report fills, with its representative value for each. */
function slotsOf(
  report: Report,
  index: number,
): Map<string, Omit<Slot, 'values'> & { value: SlotValue }> {
  const out = new Map<string, Omit<Slot, 'values'> & { value: SlotValue }>();
  const ordered = [...report.figures].sort((a, b) => a.start - b.start);
  for (const f of ordered) {
    const k = slotKey(f);
    if (!k) continue;
    if (isBackgroundFigure(f, report.event, report.published)) continue;
    const { interval, tolerance } = figureInterval(f);
    const prev = out.get(k.key);
    if (!prev) {
      out.set(k.key, {
        key: k.key,
        measure: f.measure,
        subject: f.subject,
        claimant: f.claimant,
        unit: k.unit,
        value: { report: index, figure: f, interval, tolerance, firstMention: f.start },
      });
    } else if (interval[0] > prev.value.interval[0]) {
      prev.value = {
        report: index,
        figure: f,
        interval,
        tolerance,
        firstMention: prev.value.firstMention,
      };
    }
  }
  return out;
}

/** Publication time of a report in ms, for running tallies; null when unknown. */
function publishedTime(r: Report): number | null {
  if (!r.published) return null;
  const t = Date.parse(r.published);
  return Number.isNaN(t) ? null : t;
}

/** A publication date without a time of day ("2026-02-27"). */
const dayOnly = (r: Report): boolean => !!r.published && !r.published.includes('T');

/**
 * A conflict is an update when the disjoint pairs of values are ordered in
 * time and the later value is the larger: a party's running tally, not a
 * contradiction. Two reports dated the same day without a time cannot be
 * ordered: a tally revised within the day (morning and evening counts)
 * neither makes nor breaks an update, but at least one pair must be ordered.
 */
function isUpdate(values: readonly SlotValue[], reports: readonly Report[]): boolean {
  let pairs = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i]!;
      const b = values[j]!;
      if (!disjoint(a.interval, b.interval, Math.max(a.tolerance, b.tolerance))) continue;
      const ra = reports[a.report]!;
      const rb = reports[b.report]!;
      const ta = publishedTime(ra);
      const tb = publishedTime(rb);
      if (ta === null || tb === null) return false;
      if (ta === tb) {
        if (dayOnly(ra) && dayOnly(rb)) continue;
        return false;
      }
      const [early, late] = ta < tb ? [a, b] : [b, a];
      if (!(late.interval[0] > early.interval[1])) return false;
      pairs++;
    }
  }
  return pairs > 0;
}

function toValue(v: SlotValue): CompareValue {
  const f = v.figure;
  return {
    report: v.report,
    value: f.value,
    upper: f.upper,
    qualifier: f.qualifier,
    text: f.text,
    unit: f.unit,
    sentence: f.sentence,
  };
}

/** Rows of one event group; `lead` plays the current page. */
function rowsOfGroup(reports: readonly Report[], group: readonly number[]): CompareRow[] {
  const lead = group[0]!;
  const slots = new Map<string, Slot>();
  for (const i of group) {
    for (const [key, s] of slotsOf(reports[i]!, i)) {
      const slot = slots.get(key);
      if (slot) slot.values.push(s.value);
      else
        slots.set(key, {
          key,
          measure: s.measure,
          subject: s.subject,
          claimant: s.claimant,
          unit: s.unit,
          values: [s.value],
        });
    }
  }

  // Party figures by (measure, subject, unit), to find contested slots.
  const byTopic = new Map<string, Slot[]>();
  for (const slot of slots.values()) {
    const topic = `${slot.measure}|${slot.subject}|${slot.unit ?? ''}`;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), slot]);
  }

  const kept = [...slots.values()].filter(
    (s) => s.values.length >= 2 || s.values.some((v) => v.report === lead),
  );
  const leadOrder = (s: Slot) => s.values.find((v) => v.report === lead)?.firstMention ?? Infinity;
  kept.sort(
    (a, b) =>
      leadOrder(a) - leadOrder(b) ||
      MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) ||
      SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject) ||
      (a.claimant ?? '~').localeCompare(b.claimant ?? '~'),
  );

  return kept.map((slot) => {
    // Unit tolerance only for pairs with a converted value: 2,600 km against 2,575 km is a real mismatch.
    const status = intervalStatus(
      slot.values.map((v) => v.interval),
      slot.values.map((v) => v.tolerance),
    );
    const rivals = (byTopic.get(`${slot.measure}|${slot.subject}|${slot.unit ?? ''}`) ?? []).filter(
      (o) => o !== slot && o.claimant !== null && o.claimant !== slot.claimant,
    );
    const contested = rivals.some((o) =>
      o.values.some((w) =>
        slot.values.some((v) =>
          disjoint(v.interval, w.interval, Math.max(v.tolerance, w.tolerance)),
        ),
      ),
    );
    return {
      measure: slot.measure,
      subject: slot.subject,
      claimant: slot.claimant,
      values: slot.values.sort((a, b) => a.report - b.report).map(toValue),
      status,
      contested,
      update: status === 'conflict' && isUpdate(slot.values, reports),
    };
  });
}

/**
 * Compare reports' figures. Report 0 is the current page; reports of other
 * events than its own are listed but only compared among themselves.
 *
 * @example compareReports([thisPage, ...matchReports(thisPage, stored, opts)], { trustedDomains })
 */
export function compareReports(all: readonly Report[], opts: CompareOptions): Comparison {
  const reports = independentReports(all).map((i) => all[i]!);
  const listed: CompareReport[] = reports.map((r) => ({
    outlet: r.outlet,
    domain: r.domain,
    title: r.title,
    published: r.published,
    event: r.event,
    url: r.url,
    origin: r.origin,
    trusted: isTrusted(r.domain, opts.trustedDomains),
  }));
  const rows = groupByEvent(reports, opts.events ?? EVENTS).flatMap((g) => rowsOfGroup(reports, g));
  return { reports: listed, rows };
}
