/**
 * Tuning constants of the coverage score and gate. The score is a logistic
 * function of a weighted sum of evidence (see score-coverage.ts); weights are
 * in logits, so +1 multiplies the odds by e.
 */
export const COVERAGE_CONFIG = Object.freeze({
  /** score >= threshold means the page is coverage of the conflict. */
  threshold: 0.4,
  /** Starting logit: with no evidence a page is very unlikely to be coverage. */
  bias: -4,
  /** Per log2(1 + n) units (paragraphs) that name both sides and a conflict cue (the main evidence). */
  crossSentence: 1.75,
  /** Per unit of bilateral-cue weight (Durand Line, open war, Afghan forces …), capped at bilateralCap. */
  bilateral: 0.6,
  bilateralCap: 5,
  /** Per distinct conflict-specific actor (Khawaja Asif, Zabihullah Mujahid, ISPR …), capped; only counts when both sides appear. */
  specificActor: 0.6,
  specificActorCap: 3,
  /** Conflict-specific actors of both sides on the page (Mujahid and Khawaja Asif). */
  specificBothSides: 1,
  /** The page names both sides somewhere. */
  bothSides: 1,
  /** The headline names both sides (or one side and a bilateral cue) … */
  titleBoth: 0.8,
  /** … and a conflict cue. */
  titleCue: 1.0,
  /** A unit (paragraph, or a few sentences of a long one) counts as conflict context when its cue weights add up to at least this. */
  sentenceCueMin: 1,
  /** Sentences per unit when a paragraph is long. */
  sentencesPerUnit: 3,
  /** The headline needs less: headlines are terse ("Istanbul talks end without deal"). */
  titleCueMin: 0.5,
  /** A headline naming one side with a clear conflict cue ("Civilians killed in Khost strikes"). */
  titleOneSideCue: 0.7,
  /** The first paragraph is about fighting or diplomacy between the two sides (the story's lead). */
  leadCross: 0.6,
  /** Times the share of the body's paragraphs that are about fighting or diplomacy between the two (a short brief that is all about it). */
  crossShare: 1,
  /** An adjacent unit completing the other side adds this much of a cross unit. */
  adjacentCredit: 0.5,
  /** Penalty scale for off-topic families (times share × log2(1 + hits) × family weight). */
  negative: 1.1,
  /** Positive evidence counts this many times in the share that dilutes a negative family. */
  negativeDilution: 2,
  /** An off-topic hit inside a paragraph about the fighting counts this much of a hit. */
  incidentalNegative: 0.25,
  /** … when the paragraph's conflict cue weight is at least this many times the family's strength there. */
  incidentalDominance: 1.75,
  /** A plain text's first line is its headline when it has this many words … */
  headlineMinWords: 4,
  /** … and at most this many characters. */
  headlineMaxChars: 160,
  /** At most this many lines of page furniture (dateline, label, menu) are skipped looking for it, and for the lead. */
  headlineFurnitureLines: 3,
  /** A line with a date and at most this many other words is a dateline ("AGENCY, March 3, 2025"). */
  datelineMaxWords: 2,
  /** A line "By …" of at most this many words is a byline. */
  bylineMaxWords: 6,
  /** With no fighting on the page, goods or traders in at least this many paragraphs make it a story of the crossing as a route. */
  routePageUnits: 2,
  /** Extra penalty when the lead (headline, first paragraph) is off-topic (cricket, quake …) with no bilateral cue. */
  titleNegative: 1.5,
  /** Penalty when the lead is about militants and names one side only, with no fighting between the two. */
  leadMilitancy: 1,
  /** Penalty when the page opens by defining its subject (an encyclopedia, a glossary, a dictionary): enough to outweigh a history that lists every clash. */
  referenceLead: 10,
  /** Without both sides on the page the score cannot exceed this. */
  oneSideMax: 0.2,
  /** Only this much of the body is read (long live blogs): the story is told at the top. */
  maxChars: 30_000,
  /** At most this many signals are reported. */
  maxSignals: 12,
});

export const GATE_CONFIG = /* @__PURE__ */ Object.freeze({
  /** The gate reads at most this many characters of body text. */
  maxTextChars: 3_000,
  /** The first look (address-may-cover.ts) judges a title only when some part of it has this many words … */
  addressHeadlineWords: 4,
  /** … and at least this share of its letters are Latin (the vocabulary's script). */
  addressLatinShare: 0.6,
  /** Title and address are read up to this many characters. */
  addressMaxChars: 1_000,
});

/** The feed gate (gate-feed-item.ts): it errs towards fetching. */
export const FEED_GATE_CONFIG = /* @__PURE__ */ Object.freeze({
  /** Cue weight that, with one side named, sends an item to be fetched ("Civilians killed in Khost strikes"). */
  oneSideCueMin: 1,
  /** Bilateral cue weight that alone sends an item to be fetched ("Durand Line", "open war"). */
  bilateralAlone: 2.5,
  /** An episode's window is widened by this many days each way before a dated item is skipped. */
  episodeMarginDays: 7,
  /** A publication date further in the future than this is not trusted. */
  maxFutureDays: 2,
});
