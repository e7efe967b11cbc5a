/**
 * The data every part of Crosscheck passes around. Field names that appear in
 * the analysis contract (measure, subject, claimant, value, upper, qualifier,
 * text, start, end …) are fixed; extra fields are ours.
 */

export const MEASURES = [
  'killed',
  'wounded',
  'captured',
  'missing',
  'casualties',
  'bodies',
  'released',
  'posts',
  'targets',
  'other',
] as const;
export type Measure = (typeof MEASURES)[number];

export const SUBJECTS = [
  'afghan-forces',
  'pakistani-forces',
  'afghan-civilians',
  'pakistani-civilians',
  'civilians',
  'militants',
  'people',
  'other',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const CLAIMANTS = ['pakistan', 'afghanistan', 'un', 'other'] as const;
/** Who asserts a figure; `null` is the outlet's own, unattributed statement. */
export type Claimant = (typeof CLAIMANTS)[number] | null;

export const QUALIFIERS = [
  'exact',
  'at-least',
  'more-than',
  'at-most',
  'fewer-than',
  'about',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A number as written, before we know what it counts. Offsets index the parsed string. */
export interface ParsedNumber {
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  /** The phrase that was read, verbatim ("at least 274", "dozens", "40 to 50"). */
  text: string;
  start: number;
  end: number;
  /** A unit joined to or following the number ("km", "miles", "hour", "percent"), lower-case, or null. */
  unit: string | null;
}

/** One numeric claim in an article (contract `figures[]`). */
export interface Figure {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  /** The phrase, verbatim from article.text: text === article.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Unit of an `other` figure ("km", "miles", "hours", "percent"), else null. */
  unit: string | null;
  /** The speaker as named in the text ("Zabihullah Mujahid", "ISPR"), when known. */
  claimantName: string | null;
  /** Offsets of the whole sentence that holds the figure, in article.text. */
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Article {
  title: string;
  outlet: string;
  domain: string;
  /** ISO date or date-time, or null when the page gives none. */
  published: string | null;
  /** Body paragraphs as plain text, separated by blank lines. */
  text: string;
  byline: string | null;
}

export interface Coverage {
  detected: boolean;
  /** 0..1, monotone in confidence. */
  score: number;
  /** What drove the score (names, places, cue words), most important first. */
  signals: string[];
}

/** The contract's `analyze` output. */
export interface Analysis {
  url: string | null;
  coverage: Coverage;
  article: Article;
  figures: Figure[];
  /** Set when a size limit cut the article text or the figure list (AnalyzeOptions.maxTextChars / maxFigures). */
  truncated?: boolean;
}

/** The cheap gate's verdict, computed in a listed page whose address and title did not rule it out. */
export interface GateResult {
  passed: boolean;
  score: number;
  signals: string[];
}

/** Where a stored report came from. */
export type ReportOrigin = 'page' | 'feed' | 'reference' | 'discovery';

/** A figure as kept in the report store: the sentence travels with it, the article text does not. */
export interface ReportFigure extends Figure {
  sentence: string;
}

/** One article's figures, as kept in the report store and compared across outlets. */
export interface Report {
  /** Canonical URL (no fragment, no tracking parameters); the store's key. */
  url: string;
  outlet: string;
  domain: string;
  title: string;
  published: string | null;
  /** ISO date (YYYY-MM-DD) the reported episode centres on, or null when unknown. */
  event: string | null;
  origin: ReportOrigin;
  /** When Crosscheck read it (ms since epoch). */
  seenAt: number;
  coverageScore: number;
  /** Actors and places the article names (canonical names), for matching. */
  signals: string[];
  figures: ReportFigure[];
}

/** Contract `compare` output, with extra fields the popup needs. */
export interface CompareReport {
  outlet: string;
  domain: string;
  title: string;
  published: string | null;
  event: string | null;
  url: string;
  origin: ReportOrigin;
  trusted: boolean;
}

export interface CompareValue {
  /** Index into `Comparison.reports`. */
  report: number;
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  text: string;
  unit: string | null;
  sentence: string;
}

export type RowStatus = 'agree' | 'compatible' | 'conflict';

export interface CompareRow {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  values: CompareValue[];
  status: RowStatus;
  /** Another claimant gives a disjoint figure for the same measure and subject. */
  contested: boolean;
  /** The disjoint values grow with publication time (a running tally). */
  update: boolean;
}

export interface Comparison {
  reports: CompareReport[];
  rows: CompareRow[];
}

/** What the popup shows for one tab, as the background keeps it. */
export type TabPhase =
  /** No news page Crosscheck reads (new tab, settings page, unlisted site). */
  | 'unsupported'
  /** The gate has not given its verdict yet. */
  | 'waiting'
  /** The cheap gate or the full score says this page is not coverage of the conflict. */
  | 'not-coverage'
  /** The gate passed; the full analysis is running. */
  | 'analysing'
  | 'ready'
  | 'error';

export interface TabView {
  tabId: number;
  url: string | null;
  phase: TabPhase;
  gate: GateResult | null;
  analysis: Analysis | null;
  /** Report 0 is this page; the others are matching reports from the store and the reference set. */
  comparison: Comparison | null;
  error: string | null;
  /**
   * How many reports the store holds, for the empty state; null when there
   * are other reports to compare with (the count is then not shown, and
   * counting a large store costs a scan).
   */
  storedReports: number | null;
  /**
   * Set when the report store could not be opened in this window (IndexedDB
   * refused: private browsing, quota): the comparison then uses the bundled
   * reference set only, and the popup says so.
   */
  storeNote?: string | null;
}

/** The background's feed refresh, as the popup and options show it. */
export interface RefreshProgress {
  running: boolean;
  /** Sources finished, of `total` to read. */
  done: number;
  total: number;
  /** Name of the source just finished. */
  current: string | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** Articles fetched and analysed in this (or the last) refresh, and reports kept from them. */
  articlesRead?: number;
  reportsKept?: number;
}
