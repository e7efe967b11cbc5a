/**
 * The words the interface uses for the contract's vocabularies. Domain
 * wording is data: one table per vocabulary, so every view says the same
 * thing and a change of wording is one edit.
 */
import type { Claimant, Measure, RowStatus, Subject } from '../types';
import type { Region } from '../sources/types';

// Every table is marked pure (/* @__PURE__ */ Object.freeze): the bundler
// does not know freezing has no side effect, and would otherwise keep the
// tables a script never uses (the analyzer's mark card needs two).

/** Who a subject is, as a noun phrase and an optional place ("civilians" + " in Afghanistan"). */
export const SUBJECT_WORDS: Readonly<
  Record<Subject, { noun: string; where: string; side: string }>
> = /* @__PURE__ */ Object.freeze({
  'afghan-forces': { noun: 'Afghan forces', where: '', side: 'Afghan' },
  'pakistani-forces': { noun: 'Pakistani soldiers', where: '', side: 'Pakistani' },
  'afghan-civilians': { noun: 'civilians', where: ' in Afghanistan', side: 'Afghan' },
  'pakistani-civilians': { noun: 'civilians', where: ' in Pakistan', side: 'Pakistani' },
  civilians: { noun: 'civilians', where: '', side: '' },
  militants: { noun: 'militants', where: '', side: '' },
  people: { noun: 'people', where: '', side: '' },
  other: { noun: 'others', where: '', side: '' },
});

/**
 * How each measure reads with its subject. `{noun}`, `{where}` and `{side}`
 * come from SUBJECT_WORDS; `{side}` is blank for subjects with no side, so
 * templates using it must still read well without it.
 */
export const MEASURE_TEMPLATES: Readonly<Record<Measure, string>> = /* @__PURE__ */ Object.freeze({
  killed: '{noun} killed{where}',
  wounded: '{noun} wounded{where}',
  captured: '{noun} captured{where}',
  missing: '{noun} missing{where}',
  casualties: 'casualties among {noun}{where} (killed and wounded)',
  bodies: 'bodies of {noun}{where}',
  released: '{noun} released{where}',
  posts: '{side} posts destroyed or seized',
  targets: '{side} targets struck',
  other: 'other figure',
});

/** What an `other` figure measures, by its (canonical) unit. */
export const OTHER_BY_UNIT: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  km: 'distance',
  miles: 'distance',
  hours: 'duration',
  days: 'duration',
  percent: 'share',
});

/** How a unit is written after a number: `space` false glues it ("40%"). */
export const UNIT_WORDS: Readonly<Record<string, { one: string; many: string; space: boolean }>> =
  /* @__PURE__ */ Object.freeze({
    km: { one: 'km', many: 'km', space: true },
    kms: { one: 'km', many: 'km', space: true },
    kilometre: { one: 'km', many: 'km', space: true },
    kilometres: { one: 'km', many: 'km', space: true },
    kilometer: { one: 'km', many: 'km', space: true },
    kilometers: { one: 'km', many: 'km', space: true },
    mile: { one: 'mile', many: 'miles', space: true },
    miles: { one: 'mile', many: 'miles', space: true },
    mi: { one: 'mile', many: 'miles', space: true },
    hour: { one: 'hour', many: 'hours', space: true },
    hours: { one: 'hour', many: 'hours', space: true },
    hr: { one: 'hour', many: 'hours', space: true },
    hrs: { one: 'hour', many: 'hours', space: true },
    day: { one: 'day', many: 'days', space: true },
    days: { one: 'day', many: 'days', space: true },
    week: { one: 'week', many: 'weeks', space: true },
    weeks: { one: 'week', many: 'weeks', space: true },
    '%': { one: '%', many: '%', space: false },
    percent: { one: '%', many: '%', space: false },
    'per cent': { one: '%', many: '%', space: false },
  });

/** Group headings for figures, by claimant; the order is the order of the groups in the popup. */
export const CLAIMANT_GROUPS: readonly { claimant: Claimant; label: string }[] =
  /* @__PURE__ */ Object.freeze([
    { claimant: 'pakistan', label: 'Pakistan' },
    { claimant: 'afghanistan', label: 'Afghanistan (Taliban)' },
    { claimant: 'un', label: 'UN' },
    { claimant: 'other', label: 'Other sources' },
    { claimant: null, label: 'Unattributed' },
  ]);

/** "claimed by …" phrases, by claimant. */
export const CLAIMED_BY: Readonly<Record<Exclude<Claimant, null>, string>> =
  /* @__PURE__ */ Object.freeze({
    pakistan: 'claimed by Pakistan',
    afghanistan: 'claimed by Afghanistan (Taliban)',
    un: 'according to the UN',
    other: 'according to other sources',
  });
/** Said of a figure no one is named for: the outlet's own statement. */
export const UNATTRIBUTED = "outlet's own figure, no source named";

/**
 * The two disputes a page mark shows (STATUS_WORDS.conflict and
 * CONTESTED_WORDS without their notes): all the mark card needs of these tables.
 */
export const OUTLETS_DISAGREE = /* @__PURE__ */ Object.freeze({
  icon: '✗',
  label: 'Outlets disagree',
});
export const PARTIES_DISAGREE = /* @__PURE__ */ Object.freeze({
  icon: '⚖',
  label: 'Parties disagree',
});

/** Row statuses in words and with an icon: never colour alone. */
export const STATUS_WORDS: Readonly<
  Record<RowStatus | 'update' | 'single', { icon: string; label: string; note: string }>
> = /* @__PURE__ */ Object.freeze({
  single: {
    icon: '①',
    label: 'One report only',
    note: 'No other independent report gives this figure, so there is nothing to agree with yet.',
  },
  agree: {
    icon: '✓',
    label: 'Outlets agree',
    note: 'Two or more independent reports give the same figure.',
  },
  compatible: {
    icon: '≈',
    label: 'Close but not identical',
    note: 'The figures overlap but are worded differently (for example "at least 274" and "274").',
  },
  conflict: {
    ...OUTLETS_DISAGREE,
    note: 'Reports of the same claim give figures that cannot both be right.',
  },
  update: {
    icon: '↗',
    label: 'Updated over time',
    note: 'The count changed as the day went on: later reports carry the newer tally.',
  },
});

/**
 * A contested figure is a disagreement between the parties, not an outlet
 * error. The usual case is the two belligerents; a row claimed by the UN or
 * others gets the general note, since we do not know which party it opposes.
 */
export const CONTESTED_WORDS = /* @__PURE__ */ Object.freeze({
  ...PARTIES_DISAGREE,
  note: 'Pakistan and the Taliban give different figures — a claim, not an outlet error.',
  otherNote: 'Another party gives a different figure for this — a claim, not an outlet error.',
});

export const REGION_LABELS: Readonly<Record<Region, string>> = /* @__PURE__ */ Object.freeze({
  pakistani: 'Pakistani press',
  afghan: 'Afghan press',
  indian: 'Indian press',
  regional: 'Regional press',
  international: 'International press',
});
