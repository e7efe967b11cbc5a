/**
 * Tuning constants of the figures area (number parsing and figure
 * extraction), in one frozen object so every threshold is visible and
 * explained in one place.
 */
export const FIGURES_CONFIG = Object.freeze({
  /**
   * A bare four-digit integer in this range is read as a calendar year (the
   * Durand Line of 1893 is this conflict's usual old date), not a
   * count ("in 2021", "since 1990"), unless a qualifier or a count noun says
   * otherwise ("some 2000 troops"). News copy writes large counts with a
   * thousands separator ("2,000"), so the rule rarely costs a real figure.
   */
  yearMin: 1800,
  yearMax: 2100,
  /** Day numbers next to a month name are dates ("27 February", "Feb. 27"). */
  maxDayOfMonth: 31,
  /** Identifiers read back along a list to its label ("Posts 8, 9 and 10"). */
  maxListedIdentifiers: 4,
  /** How many words after a number may belong to its counted noun phrase. */
  maxNounPhraseWords: 7,
  /** How many words before a number are searched for a verb that says what it counts ("killed at least 12"). */
  maxVerbLookbehindWords: 8,
  /** How many words after the noun phrase are searched for a passive/intransitive verb ("were killed", "died"). */
  maxVerbLookaheadWords: 6,
  /** How many words before a reporting verb may form the speaker's name ("Pakistan's army spokesperson ... said"). */
  maxSpeakerWords: 24,
  /**
   * A speaker named in one sentence is carried to later sentences that refer
   * to it by pronoun or short noun ("he added", "the ministry said") for at
   * most this many sentences; further away the reference is too uncertain.
   */
  maxSpeakerCarrySentences: 6,
  /**
   * An elliptical count ("destroyed 130 posts and captured 26") takes the noun of the figure
   * before it when at most this many words stand between them in one clause.
   */
  maxEllipsisGapWords: 4,
  /** How many words may stand between a harm verb and the number it governs ("killed at least 30"). */
  maxGoverningGapWords: 4,
  /** How many words a modifier between a counted phrase and its verb may have ("under their command"). */
  maxModifierWords: 5,
  /** How far back from a number an attack noun with its agent ("an attack by X at four locations") is read, in words. */
  maxAttackByWords: 12,
  /** How many words a relative clause after a counted group may have before its verb ("who were planning an attack were killed"). */
  maxRelativeClauseWords: 12,
  /** How many sentences back "attackers" may point to the attack that names them. */
  maxAttackerLookbackSentences: 3,
  /**
   * How far back, in words, a count of posts or sites whose side nothing in its clause gives
   * looks for posts the text named with a nationality ("Afghan posts … Eight posts were destroyed").
   */
  maxPostsLookbackWords: 400,
  /**
   * How many sentences back (within the paragraph) soldiers of no stated side look for the
   * attack whose attacked side they belong to ("Taliban fighters stormed a Pakistani post. 29 soldiers were killed").
   */
  maxAttackedLookbackSentences: 2,
  /** How many characters before a count that attack context is read (half as many after it): keeps the work linear. */
  maxAttackContextChars: 600,
  /** How many words after "Afghan Taliban" its attack verb may stand ("Afghan Taliban fighters launched attacks"). */
  maxAttackerVerbGapWords: 4,
  /** How many words an aside between a counted phrase and its verb may have ("12 soldiers, including two officers, were killed"). */
  maxAsideWords: 12,
  /**
   * How many words members told between brackets or dashes may have ("14 people — 11 civilians and
   * one soldier each from the army and the border police — died"): the closing mark bounds them.
   */
  maxMemberAsideWords: 20,
  /** Words a counted subject's modifiers may run before its own verb ("ten civilians in … province were killed"). */
  maxPredicateGapWords: 24,
  /** Lower-case words a prepositional modifier of a counted subject may have ("from two neighbouring villages"). */
  maxModifierNounWords: 2,
  /** How many later members of a list ("A, B and C were killed") are followed to find their shared verb. */
  maxListMembers: 4,
  /** Characters read after a reporting verb to see whether a count (the claimed content) follows it. */
  countAfterVerbChars: 40,
  /** Words read after "put" for "at" and a count ("put the number of soldiers killed at 58"). */
  maxPutAtWords: 10,
  /** A source named after a colon at the end of a headline or bullet ("…: ISPR", "…: defence minister") has at most this many words. */
  maxColonSpeakerWords: 4,
  /** An unbulleted line after a speaker's "…said:" is one of its list items when at most this long, with no full stop. */
  maxListItemChars: 160,
  /**
   * Sentences longer than this are cut into windows for the phrase searches (keeps work linear);
   * a civilian count of no stated place looks this far back for the last place the story named.
   */
  maxSentenceChars: 2000,
  /** "funeral prayers were offered at the garrison for 14": at most this many words from "funeral" to "for". */
  maxFuneralGapWords: 8,
  /**
   * A run of text without spaces that switches between letters and digits
   * this many times is a code (base64, a hash, a tracking id), and its digits
   * are not figures. Prose stays below it: "F-16s" and "A320neo" switch
   * twice, "50km-60km" three times.
   */
  minCodeSwitches: 4,
});
