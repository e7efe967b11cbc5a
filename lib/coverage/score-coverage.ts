import type { Article, Coverage } from '../types';
import { COVERAGE_CONFIG as C } from './config';
import { conflictTerms } from './conflict-terms';
import type { TermHit } from './term-matcher';
import {
  AFTERMATH_FAMILIES,
  FAMILY_OWN_CUES,
  NOT_FIGHTING_CUES,
  ONE_SIDE_BILATERAL,
  ROUTE_CUES,
  THIRD_PARTY_FAMILIES,
  VICTIM_FAMILIES,
  MAP_LINE_CUES,
} from '../conflict/cues';
import { accusationSpans } from './accusation-spans';
import { blankRelatedLinks } from './blank-related-links';
import { datelineSpans, titleCaseDatelineSpans } from '../article/dateline';
import { isFurnitureLine } from './is-furniture-line';
import { inPairLandmark, isBorderLandmark } from './is-border-landmark';
import { talibanAreInsurgents, talibanBesideMilitants, talibanMeansTtp } from './taliban-means-ttp';
import { COVERAGE_PLACES } from '../conflict/places';
import { writtenInEnglish } from './written-in-english';

/** Pakistan's own provinces and border districts (not its cities or crossings). */
const PAKISTANI_REGIONS: ReadonlySet<string> = new Set(
  COVERAGE_PLACES.filter(
    (p) => p.side === 'pakistan' && (p.kind === 'district' || p.kind === 'province'),
  ).map((p) => p.name),
);

/** A name hit that is written as "Taliban…" ("Taliban fighters"), and as "(Afghan) Taliban…". */
const TALIBAN_AT = /Taliban/iy;
const AFGHAN_TALIBAN_AT = /(?:Afghan\s+)?Taliban/iy;

/** The off-topic family of militants and police inside one country. */
const MILITANCY: ReadonlySet<string> = new Set(['domestic militancy']);

/** Bilateral terms that name both sides wherever they stand: the border that is theirs alone. */
const NAMES_BOTH_SIDES: ReadonlySet<string> = new Set(['Durand Line']);
/** Third parties that are armed forces, never trade partners. */
const ARMED_THIRD_PARTIES: ReadonlySet<string> = new Set(['armed opposition', 'foreign forces']);
/** The bilateral term of one side's strikes on the other ("Pakistani strikes in Afghanistan"). */
const STRIKES_ACROSS = 'Pakistani strikes in Afghanistan';
/** Cues of strikes from the air or across the border, which kill whoever they hit. */
const STRUCK_CUES = ['airstrikes', 'strikes', 'strikes blamed', STRIKES_ACROSS];
/** Cues of a state's strikes across the border ("strikes on hideouts across the border"). */
const STATE_STRIKE = ['strikes', 'cross-border'];
/** Words of strain between the two ("tensions", "standoff"), not of talks or a row over papers. */
const STRAIN = /^(?:tensions?|standoff|hostil)/i;

/**
 * A paragraph opened as history ("Previously, the crossing was shut by fighting", "In the past,
 * …"): fighting it recalls is not what the page reports.
 */
const HISTORY_OPENER =
  /^\s*(?:previously|in the past|formerly|historically|last year|years ago|in (?:19|20)\d\d(?! (?:and|to)\b)),?\s/i;

/** A third party's reaction to the two: concern, appeals, offers to help. */
const REACTION =
  /\b(?:concern(?:ed|s)?|urg(?:e|es|ed|ing)|call(?:s|ed)? on|appeal(?:s|ed)? (?:to|for)|restraint|restrained|ease (?:the )?tensions|read(?:y|iness) to (?:help|assist|mediate|facilitate)|offer(?:s|ed)? to (?:help|mediate)|condemn(?:s|ed)?)\b/i;

/** A reaction told right after a name, a few words on (sticky, at the name): the name is the one reacting. */
const REACTS_AFTER =
  /[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}?\s+(?:condemn(?:s|ed)?|deplor(?:es|ed)|urg(?:es|ed)|call(?:s|ed)\s+on|express(?:es|ed)\s+(?:deep\s+|grave\s+)?concern|voic(?:es|ed)\s+concern)\b/iuy;

/** Cues of fighting itself: beside them a third party's name may be its own fight. */
const FIGHT_CUES: ReadonlySet<string> = new Set([
  'clashes',
  'airstrikes',
  'strikes',
  'explosions',
  'attacks',
]);
const PEOPLE =
  /^(?:Pakistanis|Afghans|(?:Pakistani|Afghan)\s+(?:nationals?|citizens?))(?![A-Za-z])/i;

/**
 * An encyclopedia's or a glossary's opening: a name, perhaps a bracket (its
 * other spellings), then what it is ("Torkham is a border town in…", "the X
 * Line is one of…"; Arabic "… هو …"). News tells what happened first.
 */
const DEFINITION =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*\s*(?:\([^)\n]{0,80}\)\s*)?,?\s+(?:is|are)\s+(?:an?|one\s+of|the)\s|^(?:\p{L}+\s+){0,3}\p{L}+\s*(?:\([^)\n]{0,80}\)\s*)?(?:هو|هي)\s/u;

/**
 * The same in the encyclopedias of Russian, Ukrainian and other languages that define with a
 * dash ("Линия Дюранда — граница…"): a name in words with a lower-case letter (a dateline is in
 * capitals), perhaps a bracket, then a dash. English copy opens with such a dash after a place
 * it was filed from ("Islamabad — …"), so it is read only on pages in other languages.
 */
const DEFINITION_DASH =
  /^(?=[^—–\n]*\p{Ll})(?:[\p{L}\p{M}'’-]+\s+){0,4}[\p{L}\p{M}'’-]+\s*(?:\([^)\n]{0,80}\)\s*)?\s[—–]\s/u;

/** A dictionary entry's first line: the part of speech of the word it defines. */
const PART_OF_SPEECH = /^(?:proper\s+)?(?:noun|verb|adjective|adverb)(?:\s+phrase)?$/i;

/** Five words in a row (the search stops at the fifth: units can be long). */
const FIVE_WORDS = /\p{L}+(?:\P{L}+\p{L}+){4}/u;

/** Words that report what someone said. */
const SAID = /\b(?:said|says|told|tells|according|claimed|claims|stated|added|warned|announced)\b/i;

/** What the score saw, for tests and for tuning. */
export interface CoverageEvidence {
  crossSentences: number;
  bilateralWeight: number;
  specificActors: string[];
  bothSides: boolean;
  titleBoth: boolean;
  titleCue: boolean;
  /** Effective off-topic hits per family (incidental ones count for less). */
  negatives: Record<string, number>;
  /** The lead is about an off-topic family and not about the fighting. */
  titleNegative: boolean;
  /** The lead is about militants and names one side only, with no fighting between the two. */
  leadMilitancy: boolean;
  /** The page opens by defining its subject (an encyclopedia's or a glossary's page). */
  reference: boolean;
  /** Fighting between the two sides is named somewhere (not only a shut crossing or talks). */
  fighting: boolean;
  /** The page is written in English (its figures are read only then). */
  english: boolean;
  logit: number;
}

/**
 * Is this article coverage of the Pakistan–Afghanistan conflict? Reads the
 * title and body; the evidence is sentences that name both sides together
 * with fighting or diplomacy words, terms that name the dispute itself
 * (Durand Line, "open war"), the conflict's own spokesmen, and a headline
 * about both sides; off-topic families (cricket, earthquakes, refugees,
 * floods, India, other wars, people fleeing across the border) count
 * against it in proportion to how much of the page they take up.
 *
 * @example scoreCoverage(article).detected
 */
export function scoreCoverage(article: Pick<Article, 'title' | 'text'>): Coverage {
  return scoreCoverageWithEvidence(article).coverage;
}

export function scoreCoverageWithEvidence(article: Pick<Article, 'title' | 'text'>): {
  coverage: Coverage;
  evidence: CoverageEvidence;
} {
  const { title, body: fullBody } = headlineAndBody({
    title: article.title,
    text: blankRelatedLinks(article.text),
  });
  const body = fullBody.trimStart().slice(0, C.maxChars);
  const text = `${title}\n\n${body}`;
  const english = writtenInEnglish(text);
  const T = conflictTerms(english ? 'english' : 'world');
  const bodyStart = title.length + 2;

  const allNames = T.names.find(text).filter((h) => !T.noSignal.has(h.name));
  /** Whether the sticky `re` matches where hit `h` starts (no copy of the text after it). */
  const startsWith = (re: RegExp, h: TermHit): boolean => {
    re.lastIndex = h.index;
    return re.test(text);
  };
  // On a page about the Pakistani Taliban, "the Taliban" and "Taliban
  // fighters" are them, not Afghanistan's side.
  const ttpNamed = allNames.some((h) => h.name === 'TTP');
  const offTopicHits = T.negatives.find(text);
  // A page that names nothing of Afghanistan but "the Taliban", beside militants or in Pakistan's
  // border regions, is about Pakistan's own insurgency ("Taliban attacked a check post in
  // Waziristan").
  const onlyTalibanAfghan =
    english &&
    !talibanBesideMilitants(text) &&
    !allNames.some((h) => T.sideOf.get(h.name) === 'afghanistan' && !startsWith(TALIBAN_AT, h)) &&
    (offTopicHits.some((h) => MILITANCY.has(h.name)) ||
      allNames.some((h) => PAKISTANI_REGIONS.has(h.name)));
  const ttp = talibanMeansTtp(text, ttpNamed || onlyTalibanAfghan);
  // Before 2021 "the Taliban" and "the Afghan Taliban" were the republic's insurgents.
  const insurgents = english && talibanAreInsurgents(text);
  const barTaliban = (h: TermHit): boolean =>
    (ttp && (h.name === 'Taliban' || startsWith(TALIBAN_AT, h))) ||
    (insurgents && startsWith(AFGHAN_TALIBAN_AT, h));
  const names = allNames.filter((h) => !barTaliban(h));
  // The standing charge of harbouring militants is background, not news.
  const spans = accusationSpans(text);
  const inAccusation = (h: TermHit): boolean => spans.some(([a, b]) => h.index >= a && h.index < b);
  const bilateral = T.bilateral.find(text).filter((h) => !barTaliban(h) && !inAccusation(h));
  const cues = T.cues.find(text).filter((h) => !inAccusation(h));

  const starts = unitStarts(text, bodyStart);
  const n = starts.length;
  const pk = new Array<boolean>(n).fill(false);
  const af = new Array<boolean>(n).fill(false);
  const cueW: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  const bil = new Array<number>(n).fill(0);
  const negW = new Array<number>(n).fill(0);
  const at = (i: number): number => sentenceOf(starts, i);
  // The lead is the first body unit that is text, not furniture (a byline, a
  // dateline, a menu between headline and story). A short section label is
  // kept: "Cricket" or "World" above a story says what it is about.
  let leadUnit = 1;
  while (
    leadUnit < Math.min(n - 1, 1 + C.headlineFurnitureLines) &&
    isFurnitureLine(text.slice(starts[leadUnit]!, starts[leadUnit + 1]).trim(), false)
  )
    leadUnit++;

  // The lead: the headline (when there is one) and the first paragraph.
  const lead = title ? [0, leadUnit] : [leadUnit];

  // The place a story was filed from ("ISLAMABAD (AP) —") is no side in it; a border district
  // filing its own news ("KURRAM: …") is where the events were.
  const datelines = datelineSpans(text);
  const inDateline = (h: TermHit): boolean =>
    T.filingPlaces.has(h.name) && datelines.some(([a, b]) => h.index >= a && h.index < b);
  // A lead about militants ("soldiers killed in gunbattles with militants near the Afghan
  // border"): a neighbour named only as a border's edge, and nowhere else on the page, is where
  // the fight was, not a party to it.
  const militantLead = offTopicHits.some(
    (h) => MILITANCY.has(h.name) && lead.includes(at(h.index)),
  );
  const edges: { unit: number; side: string | undefined }[] = [];
  for (const h of names) {
    if (inDateline(h)) continue;
    const side = T.sideOf.get(h.name);
    const edge =
      (ttpNamed || militantLead) && T.countries.has(h.name) && isBorderLandmark(text, h.index);
    // (On a page about the Pakistani Taliban, the border is where they cross, not a party.)
    if (edge && ttpNamed) continue;
    if (edge) {
      edges.push({ unit: at(h.index), side });
      continue;
    }
    // "Pakistanis", "Afghans", "an Afghan national": people of a nationality
    // (fighters, travellers, a bomber, the dead), not the state or its
    // forces; the state is named otherwise.
    if (T.countries.has(h.name) && PEOPLE.test(text.slice(h.index, h.index + 40))) continue;
    // (A charge or demand about militants names the neighbour as their base, not as a party.)
    if (ttpNamed && inAccusation(h)) continue;
    // (On a page about the Pakistani Taliban, a crossing is where they were, on one side.)
    if (T.crossings.has(h.name) && !ttpNamed) pk[at(h.index)] = af[at(h.index)] = true;
    else if (T.crossings.has(h.name)) pk[at(h.index)] = true;
    else if (side === 'pakistan') pk[at(h.index)] = true;
    else if (side === 'afghanistan') af[at(h.index)] = true;
  }
  for (const e of edges) {
    if (e.side === 'pakistan' && pk.some(Boolean)) pk[e.unit] = true;
    if (e.side === 'afghanistan' && af.some(Boolean)) af[e.unit] = true;
  }
  // A neighbour offering to mediate between the two ("Tehran is ready to
  // mediate between Islamabad and Kabul") is a go-between, not a third party
  // to a fight: where a unit names both sides and mediation, its name does
  // not count against the page.
  const mediated = new Set(cues.filter((h) => h.name === 'mediation').map((h) => at(h.index)));
  // So is one that voices concern or urges restraint on the two ("Tashkent urged Kabul and
  // Islamabad to cease hostilities"): a unit that names both sides and such a reaction makes
  // its third party an observer, whose name elsewhere on the page (its ministry, its own ties)
  // is no fight of its own unless told beside fighting words.
  const unitText = (u: number): string => text.slice(starts[u], starts[u + 1]);
  /** A paragraph of text (five words or more), not a word or two of page furniture. */
  const isProse = (u: number): boolean => FIVE_WORDS.test(unitText(u));
  const thirdPartyHits = offTopicHits.filter((h) => THIRD_PARTY_FAMILIES.has(h.name));
  const goBetween = new Set(
    thirdPartyHits
      .map((h) => at(h.index))
      .filter((u) => pk[u] && af[u] && (mediated.has(u) || REACTION.test(unitText(u)))),
  );
  const fightUnits = new Set(cues.filter((h) => FIGHT_CUES.has(h.name)).map((h) => at(h.index)));
  const observers = new Set(
    thirdPartyHits.filter((h) => goBetween.has(at(h.index))).map((h) => h.name),
  );
  // The place a story was filed from ("NEW DELHI —", "New Delhi:") is no third party in it either.
  const filedFrom = [...datelines, ...titleCaseDatelineSpans(text)];
  // Countries named beside goods and routes, on a page that names the two ("shipments shifted
  // to Iran, Russia and India"), are trade partners, not parties to a fight.
  // (Goods and routes must be what the unit is mostly about: two words of them or more.)
  const tradeHits = new Map<number, number>();
  for (const h of offTopicHits)
    if (AFTERMATH_FAMILIES.has(h.name))
      tradeHits.set(at(h.index), (tradeHits.get(at(h.index)) ?? 0) + 1);
  const bothNamed = pk.some(Boolean) && af.some(Boolean);
  // (Armed forces, the Taliban's opponents or foreign troops, are no trade partners.)
  const partner = (h: TermHit, u: number): boolean =>
    bothNamed &&
    (THIRD_PARTY_FAMILIES.has(h.name) || h.name === 'other wars') &&
    !ARMED_THIRD_PARTIES.has(h.name) &&
    (tradeHits.get(u) ?? 0) >= 2 &&
    (!!pk[u] || !!af[u]);
  const negatives = offTopicHits.filter((h) => {
    const u = at(h.index);
    if (filedFrom.some(([a, b]) => h.index >= a && h.index < b)) return false;
    if (partner(h, u)) return false;
    if (THIRD_PARTY_FAMILIES.has(h.name) && goBetween.has(u)) return false;
    // Beside fighting words an observer's name counts unless it is the one reacting ("India
    // condemns the airstrikes on Afghan soil"), not one of the parties asked to stop.
    return !(observers.has(h.name) && (!fightUnits.has(u) || startsWith(REACTS_AFTER, h)));
  });
  // "Both sides" / "the two neighbours" stands for the side a unit does not
  // name; only "Pak-Afghan" names both sides for the page as a whole (the
  // two sides of an Iran–Taliban clash are "both sides" too).
  // An off-topic family's strength in a unit grows with its hits, but slowly
  // (cue families count once per unit; a cricket report repeats its jargon).
  const negHits: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  for (const h of negatives) {
    const m = negHits[at(h.index)]!;
    m.set(h.name, (m.get(h.name) ?? 0) + 1);
  }
  const thirdParty = (i: number): boolean =>
    i >= 0 && [...negHits[i]!.keys()].some((f) => THIRD_PARTY_FAMILIES.has(f));
  let pkNamed = pk.some(Boolean);
  let afNamed = af.some(Boolean);
  // (On a page about the Pakistani Taliban, "the Pak-Afghan border" where they crossed is a
  // place, not both sides.)
  const bothSidesHits = T.bothSides
    .find(text)
    .filter((h) => !(ttpNamed && inPairLandmark(text, h.index)));
  for (const h of bothSidesHits) {
    if (/^(?:Pak|Af)/i.test(text.slice(h.index, h.index + 3))) pkNamed = afNamed = true;
  }
  // An episode's own name ("Operation Ghazab lil-Haq") is the fighting
  // between the two: it names both sides.
  for (const h of bilateral)
    if (T.episodeNames.has(h.name)) pkNamed = afNamed = pk[at(h.index)] = af[at(h.index)] = true;
  // Strikes blamed on one side are blamed by the other ("officials blamed the raids on Pakistan"):
  // only the two trade that charge over strikes.
  for (const h of cues) if (h.name === 'strikes blamed') pk[at(h.index)] = af[at(h.index)] = true;
  // So does fire from across the line between them ("shells fired from across the Durand Line"):
  // only the two states shell over it (fighters who cross it on foot may be anyone's).
  for (const h of bilateral) {
    const u = at(h.index);
    if (
      NAMES_BOTH_SIDES.has(h.name) &&
      cues.some((c) => c.name === 'airstrikes' && at(c.index) === u)
    )
      pkNamed = afNamed = pk[u] = af[u] = true;
  }
  for (const h of bothSidesHits) {
    const u = at(h.index);
    // Beside a third party (Iran, India), "both sides" may be that pair.
    if (thirdParty(u) || thirdParty(u - 1)) continue;
    // On a page about the two countries, "the two sides" are those two.
    if ((pkNamed && afNamed) || pk[u] || af[u]) pk[u] = af[u] = true;
  }
  for (const h of cues) cueW[at(h.index)]!.set(h.name, T.cueWeight.get(h.name) ?? 0);
  const bilW: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  // Pakistan's strikes in a paragraph that places them in Pakistan's own regions and names nothing
  // Afghan ("an airstrike by the Pakistan Air Force in Khyber Pakhtunkhwa") are its operations at
  // home, not strikes across the border.
  const homeRegion = new Set(
    names.filter((h) => PAKISTANI_REGIONS.has(h.name)).map((h) => at(h.index)),
  );
  for (const h of bilateral) {
    const u = at(h.index);
    if (h.name === STRIKES_ACROSS && homeRegion.has(u) && !af[u]) continue;
    const m = bilW[u]!;
    m.set(h.name, (m.get(h.name) ?? 0) + (T.bilateralWeight.get(h.name) ?? 0));
  }
  // Fighting between the two sides named somewhere on the page, not only a
  // shut crossing, talks or the line on the map ("military tensions between
  // Kabul and Islamabad" will do). Where it is, the aftermath families (goods
  // held up at the crossings) are part of its story; where it is not, a
  // crossing shut beside lorries and traders is a trade story.
  // (Fighting beside a third party to a fight, the Taliban's armed opponents or foreign forces,
  // is that pair's.)
  // (Fighting a paragraph recalls as history is neither: "Previously, clashes shut the gate".)
  const history = (i: number): boolean =>
    HISTORY_OPENER.test(text.slice(starts[i]!, starts[i]! + 40));
  const fighting = cueW.some(
    (m, i) =>
      pk[i] &&
      af[i] &&
      !thirdParty(i) &&
      !history(i) &&
      [...m.keys(), ...bilW[i]!.keys()].some((k) => !NOT_FIGHTING_CUES.has(k)),
  );
  // A family's own cues are its story where it appears ("displaced" beside
  // "fled into Afghanistan"); an aftermath family's only without fighting.
  // With no fighting and no strain between the two (tensions, a standoff)
  // named anywhere (talks over a gate or papers are no strain), a page that
  // keeps returning to goods and traders is about the crossing as a route
  // (a closure, a strike or a sit-in of traders and travellers): the
  // border's own words are that route's everywhere on it.
  const aftermathUnits = negHits.filter((m) =>
    [...m.keys()].some((f) => AFTERMATH_FAMILIES.has(f)),
  );
  const routePage =
    !fighting &&
    !cues.some((h) => h.name === 'talks' && STRAIN.test(text.slice(h.index, h.index + 12))) &&
    aftermathUnits.length >= C.routePageUnits;
  negHits.forEach((m, i) => {
    if (!fighting) for (const cue of MAP_LINE_CUES) bilW[i]!.delete(cue);
    if (routePage)
      for (const cue of ROUTE_CUES) {
        cueW[i]!.delete(cue);
        bilW[i]!.delete(cue);
      }
    for (const [family, k] of m) {
      const aftermath = AFTERMATH_FAMILIES.has(family);
      // An aftermath family's words do not outweigh others: a clash beside lorries is a clash.
      if (!aftermath) negW[i]! += (T.negativeWeight.get(family) ?? 1) * Math.log2(1 + k);
      if (aftermath && fighting) continue;
      for (const cue of FAMILY_OWN_CUES[family] ?? []) {
        cueW[i]!.delete(cue);
        bilW[i]!.delete(cue);
      }
    }
    // A term of the dispute that names one side ("Taliban forces") beside a
    // third party (Iran) is that pair's fight.
    if (thirdParty(i)) for (const cue of ONE_SIDE_BILATERAL) bilW[i]!.delete(cue);
    for (const w of bilW[i]!.values()) bil[i]! += w;
  });

  const cueSum = (i: number): number => {
    let s = 0;
    for (const w of cueW[i]?.values() ?? []) s += w;
    return s + bil[i]!;
  };
  // A unit is about the conflict when it names a side with enough fighting or
  // diplomacy words, and those outweigh the words of an off-topic family in
  // it ("Pakistan clash with Afghanistan in the T20 final" is cricket).
  // A term naming one side's forces ("Taliban fighters") is no fighting by itself: beside the
  // other side's embassy it may be a rally broken up in Kabul.
  const oneSideOnly = (i: number): boolean =>
    cueW[i]!.size === 0 && [...bilW[i]!.keys()].every((k) => ONE_SIDE_BILATERAL.has(k));
  const conflictWords = (i: number): boolean =>
    cueSum(i) >= (i === 0 ? C.titleCueMin : C.sentenceCueMin) &&
    cueSum(i) > (negW[i] ?? 0) &&
    !oneSideOnly(i);
  const crossOf = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    if (!conflictWords(i) || history(i)) continue;
    // A term of the dispute stands for the side a paragraph does not name,
    // unless it names a third party to the fight instead.
    if ((pk[i] && af[i]) || (bil[i]! > 0 && !thirdParty(i))) crossOf[i] = 1;
    else if (i > 0 && (pk[i] || af[i]) && !thirdParty(i)) {
      const other = (j: number): boolean => j >= 0 && j < n && (pk[i] ? af[j]! : pk[j]!);
      // (Air strikes on one side, on a page that names the other: "air strikes on the city … /
      // … Afghan authorities blamed the attacks on Pakistan" three paragraphs on.)
      const struck = cueW[i]!.has('airstrikes') && pkNamed && afNamed;
      if (other(i - 1) || other(i + 1) || struck) crossOf[i] = C.adjacentCredit;
    }
  }
  // An aftermath family never counts against a page: goods held up at a shut
  // crossing are news of the conflict too when it is named.
  const offTopic = (family: string): boolean => !AFTERMATH_FAMILIES.has(family);
  let cross = 0;
  for (let i = 1; i < n; i++) cross += crossOf[i]!;
  // Paragraphs of text (not a word or two of page furniture) in the body.
  let textUnits = 0;
  for (let i = 1; i < n; i++) if (isProse(i)) textUnits++;
  // The dispute's own terms that still count (a family's own words left out).
  const bilateralHits = bilateral.filter((h) => bilW[at(h.index)]!.has(h.name)).length;

  const bothSides = pkNamed && afNamed;
  const bilateralWeight = bil.reduce((s, x) => s + x, 0);
  const specificActors = [
    ...new Set(names.filter((h) => T.specific.has(h.name)).map((h) => h.name)),
  ];

  // The two sides' own spokesmen on one page (Mujahid and Khawaja Asif).
  const specificSides = new Set(specificActors.map((a) => T.sideOf.get(a)));
  const specificBoth = specificSides.has('pakistan') && specificSides.has('afghanistan');

  // The title is unit 0 (and only unit 0: unitStarts splits at bodyStart).
  const titleBoth = (pk[0]! && af[0]!) || ((pk[0]! || af[0]!) && bil[0]! > 0);
  const titleCue = conflictWords(0);
  const titleOneSideCue =
    !titleBoth && (pk[0]! || af[0]!) && cueSum(0) >= C.sentenceCueMin && cueSum(0) > negW[0]!;

  // Off-topic words count against the page only where they are the topic: a
  // hit inside a paragraph that is clearly about the fighting ("three
  // cricketers were among those killed in the strike") is incidental and
  // counts for little.
  const negCounts: Record<string, number> = {};
  const struckDead = (i: number): boolean =>
    STRUCK_CUES.some((c) => cueW[i]!.has(c) || bilW[i]!.has(c)) && cueW[i]!.has('casualties');
  // A headline (with none, the lead) of people killed in strikes makes the victims' words
  // (cricketers, a match) theirs.
  const victimsHeadline = struckDead(title !== '' ? 0 : leadUnit);
  const incidental = (i: number, family: string): boolean =>
    (crossOf[i]! > 0 && cueSum(i) >= C.incidentalDominance * negW[i]!) ||
    (VICTIM_FAMILIES.has(family) && (struckDead(i) || victimsHeadline));
  for (const h of negatives) {
    const u = at(h.index);
    // Weak families (militants, terrorists) are the dispute's own words where
    // a paragraph names both sides ("militants sheltering in Afghanistan").
    const weak = (T.negativeWeight.get(h.name) ?? 1) < 1 && pk[u]! && af[u]!;
    if (!offTopic(h.name)) continue;
    const w = weak || incidental(u, h.name) ? C.incidentalNegative : 1;
    negCounts[h.name] = (negCounts[h.name] ?? 0) + w;
  }
  const positive = C.negativeDilution * (cross + bilateralHits);
  let penalty = 0;
  for (const [family, count] of Object.entries(negCounts)) {
    const share = count / (count + positive);
    penalty += C.negative * (T.negativeWeight.get(family) ?? 1) * share * Math.log2(1 + count);
  }
  // The lead (headline and first paragraph) says what the page is about: a
  // strong off-topic family there (cricket, quake…) with no fighting between
  // the two sides in it condemns the page.
  // (Not cricketers killed in a strike, where the headline or the paragraph says so: "deaths
  // of three players in military strikes" heads a story of the strike, whatever the lead adds.)
  const leadNegative = negatives.some(
    (h) =>
      lead.includes(at(h.index)) &&
      (T.negativeWeight.get(h.name) ?? 1) >= 1 &&
      offTopic(h.name) &&
      !(VICTIM_FAMILIES.has(h.name) && (struckDead(at(h.index)) || victimsHeadline)),
  );
  // (A headline's "clash" does not save a first paragraph about the off-topic family: "Pakistan
  // past Afghanistan in tense Dubai clash" over a match report.)
  const leadNegativeBody = negatives.some(
    (h) => at(h.index) === leadUnit && (T.negativeWeight.get(h.name) ?? 1) >= 1 && offTopic(h.name),
  );
  const leadConflict =
    (crossOf[leadUnit] ?? 0) > 0 || (title !== '' && (crossOf[0] ?? 0) > 0 && !leadNegativeBody);
  if (leadNegative && !leadConflict) penalty += C.titleNegative;
  // A lead about militants (an attack on a post, a raid on police) that
  // names one side only and no fighting between the two (a neighbour named
  // in the next paragraph is no fighting in it) is the story of an
  // insurgency; the neighbour named further down is background to it.
  // Strikes across the border in the lead ("jets hit militant hideouts
  // across the border") are the two states' fight, however militant.
  const leadMilitancy =
    !leadNegative &&
    lead.every((i) => (crossOf[i] ?? 0) < 1) &&
    (lead.every((i) => !af[i]) || lead.every((i) => !pk[i])) &&
    lead.every((i) => !STATE_STRIKE.some((c) => cueW[i]!.has(c))) &&
    negatives.some((h) => lead.includes(at(h.index)) && MILITANCY.has(h.name));
  if (leadMilitancy) penalty += C.leadMilitancy;
  // (The title, the lead, or the first paragraph of prose: a profile repeats its title above it.)
  let prose = 1;
  while (prose < n - 1 && !isProse(prose)) prose++;
  // (A speaker's verdict is news, however it opens: "Afghanistan is the biggest threat, the
  // minister said".)
  const defines = (unit: string): boolean =>
    (DEFINITION.test(unit) || (!english && DEFINITION_DASH.test(unit))) && !SAID.test(unit);
  const reference =
    [0, 1].some((i) => i < n && PART_OF_SPEECH.test(unitText(i).trim())) ||
    [0, leadUnit, prose].some((i) => i < n && defines(unitText(i).trim()));
  if (reference) penalty += C.referenceLead;
  const titleNegative = leadNegative && !leadConflict;

  const logit =
    C.bias +
    C.crossSentence * Math.log2(1 + cross) +
    C.bilateral * Math.min(bilateralWeight, C.bilateralCap) +
    (bothSides ? C.specificActor * Math.min(specificActors.length, C.specificActorCap) : 0) +
    (bothSides ? C.bothSides : 0) +
    (specificBoth ? C.specificBothSides : 0) +
    (titleBoth ? C.titleBoth : 0) +
    (titleBoth && titleCue ? C.titleCue : 0) +
    (titleOneSideCue ? C.titleOneSideCue : 0) +
    ((crossOf[leadUnit] ?? 0) >= 1 ? C.leadCross : 0) +
    C.crossShare * Math.min(1, cross / Math.max(2, textUnits)) -
    penalty;
  let score = 1 / (1 + Math.exp(-logit));
  if (!bothSides) score = Math.min(score, C.oneSideMax);
  score = Math.round(score * 1000) / 1000;

  const signals = rankSignals(names, bilateral, cues, T.specific);
  return {
    coverage: { detected: score >= C.threshold, score, signals },
    evidence: {
      crossSentences: cross,
      bilateralWeight,
      specificActors,
      bothSides,
      titleBoth,
      titleCue,
      negatives: negCounts,
      titleNegative,
      leadMilitancy,
      reference,
      fighting,
      english,
      logit,
    },
  };
}

/**
 * The headline and the body. A plain text has no title: its first line that
 * looks like a headline (a few words, no closing full stop) is read as one,
 * as news copy pasted or saved as text starts with it. Page furniture above
 * it (a dateline such as "AGENCY, March 3, 2025", a section label of a word
 * or two, a menu of links) is skipped: none of it says what the page is about.
 */
function headlineAndBody(article: Pick<Article, 'title' | 'text'>): {
  title: string;
  body: string;
} {
  const title = article.title.replace(/\s+/g, ' ').trim();
  if (title) return { title, body: article.text };
  const re = /^[^\S\n]*([^\n]*)(?:\n|$)/gm;
  for (
    let k = 0, m = re.exec(article.text);
    m && k <= C.headlineFurnitureLines;
    m = re.exec(article.text)
  ) {
    if (m[0] === '') break;
    const line = m[1]!.trim();
    if (!line) continue;
    if (isFurnitureLine(line)) {
      k++;
      continue;
    }
    const words = line.split(/\s+/).length;
    if (
      !m[0].endsWith('\n') ||
      line.length > C.headlineMaxChars ||
      words < C.headlineMinWords ||
      /[.:;,]["'’”]?$/.test(line)
    )
      break;
    const end = m.index + m[0].length;
    // Skipped lines stay in the body: a label may still name a side.
    return { title: line, body: `${article.text.slice(0, m.index)}${article.text.slice(end)}` };
  }
  return { title: '', body: article.text };
}

/**
 * Start offsets of the units co-occurrence is judged in: the title, then each
 * paragraph, long paragraphs cut every few sentences (a wall of text saved as
 * one paragraph must not count as one big co-occurrence).
 */
function unitStarts(text: string, bodyStart: number): number[] {
  const starts = [0];
  if (bodyStart <= text.length) starts.push(Math.min(bodyStart, text.length));
  // (Scripts without capitals end a sentence with their own marks: the danda, the Urdu and
  // Arabic full stops and question mark, the ideographic full stop.)
  const re = /[.!?]["'’”)\]]*\s+(?=["'‘“(]?[\p{Lu}\p{N}])|[।۔؟。！？]["'’”)\]]*\s*(?=\S)|\n+/gu;
  re.lastIndex = bodyStart;
  let sentences = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index + m[0].length;
    const paragraphEnd = m[0].includes('\n');
    sentences++;
    if ((paragraphEnd || sentences >= C.sentencesPerUnit) && s > starts[starts.length - 1]!) {
      starts.push(s);
      sentences = 0;
    } else if (paragraphEnd) sentences = 0;
  }
  return starts;
}

function sentenceOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Conflict-specific actors, then terms of the dispute, then other names by frequency, then cue families. */
function rankSignals(
  names: TermHit[],
  bilateral: TermHit[],
  cues: TermHit[],
  specific: ReadonlySet<string>,
): string[] {
  const freq = (hits: TermHit[]): string[] => {
    const m = new Map<string, number>();
    for (const h of hits) m.set(h.name, (m.get(h.name) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  };
  const ordered = [
    ...freq(names.filter((h) => specific.has(h.name))),
    ...freq(bilateral),
    ...freq(names.filter((h) => !specific.has(h.name))),
    ...freq(cues),
  ];
  return [...new Set(ordered)].slice(0, C.maxSignals);
}
