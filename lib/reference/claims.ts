/**
 * The bundled reference set: the main figures reported for both rounds of
 * fighting, who claimed them, when, and which outlets carried them. It lets
 * the popup compare a page the minute Crosscheck is installed, offline, until
 * live reports arrive. Facts come from the project's source reports (see
 * docs of the domain brief); every `sentence` is our own neutral summary of
 * a claim, never a quotation.
 *
 * URLs marked "approximate" point at the outlet's section for the story, not
 * at a verified article address.
 */
import { EVENTS } from '../conflict/events';
import type { Claimant, Measure, Qualifier, Report, ReportFigure, Subject } from '../types';

interface ClaimSpec {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  value: number;
  upper?: number | null;
  qualifier: Qualifier;
  unit?: string | null;
  claimantName?: string | null;
  /** The figure phrase; must occur in `sentence`. */
  phrase: string;
  /** Our own one-sentence summary of the claim. */
  sentence: string;
}

interface ReferenceSpec {
  /** Id of the episode in lib/conflict/events.ts. */
  eventId: string;
  url: string;
  outlet: string;
  domain: string;
  title: string;
  published: string;
  signals: readonly string[];
  claims: readonly ClaimSpec[];
}

const PAK_ARMY = 'Ahmed Sharif Chaudhry';
const MUJAHID = 'Zabihullah Mujahid';

const SPECS: readonly ReferenceSpec[] = [
  {
    eventId: '2026-02-open-war',
    // approximate: Al Jazeera's coverage of 27 February 2026 (article slug not verified)
    url: 'https://www.aljazeera.com/news/2026/2/27/taliban-willing-to-negotiate-pakistan-open-war',
    outlet: 'Al Jazeera',
    domain: 'aljazeera.com',
    title: 'Taliban offer talks after Pakistan bombs Afghan cities and declares open war',
    published: '2026-02-27',
    signals: [
      'Khawaja Asif',
      'Zabihullah Mujahid',
      'Ahmed Sharif Chaudhry',
      'Kabul',
      'Kandahar',
      'Paktia',
      'Paktika',
      'Khost',
      'Laghman',
      'Durand Line',
    ],
    claims: [
      {
        measure: 'killed',
        subject: 'afghan-forces',
        claimant: 'pakistan',
        value: 274,
        qualifier: 'at-least',
        claimantName: PAK_ARMY,
        phrase: 'at least 274 Afghan fighters',
        sentence: "Pakistan's army spokesman said at least 274 Afghan fighters were killed.",
      },
      {
        measure: 'wounded',
        subject: 'afghan-forces',
        claimant: 'pakistan',
        value: 400,
        qualifier: 'more-than',
        claimantName: PAK_ARMY,
        phrase: 'more than 400',
        sentence: 'The same spokesman put the number of Afghan fighters wounded at more than 400.',
      },
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 12,
        qualifier: 'exact',
        claimantName: PAK_ARMY,
        phrase: '12 Pakistani soldiers',
        sentence: "Pakistan's military said 12 Pakistani soldiers were killed.",
      },
      {
        measure: 'wounded',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 27,
        qualifier: 'exact',
        claimantName: PAK_ARMY,
        phrase: '27 soldiers',
        sentence: "Pakistan's military said 27 soldiers were wounded.",
      },
      {
        measure: 'missing',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 1,
        qualifier: 'exact',
        claimantName: PAK_ARMY,
        phrase: 'one soldier',
        sentence: "Pakistan's military listed one soldier as missing in action.",
      },
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'afghanistan',
        value: 55,
        qualifier: 'exact',
        claimantName: MUJAHID,
        phrase: '55 Pakistani soldiers',
        sentence: 'The Taliban spokesman said 55 Pakistani soldiers were killed.',
      },
      {
        measure: 'bodies',
        subject: 'pakistani-forces',
        claimant: 'afghanistan',
        value: 23,
        qualifier: 'exact',
        claimantName: MUJAHID,
        phrase: '23 of the bodies',
        sentence: 'He said 23 of the bodies had been taken into Afghanistan.',
      },
      {
        measure: 'killed',
        subject: 'afghan-forces',
        claimant: 'afghanistan',
        value: 13,
        qualifier: 'exact',
        claimantName: MUJAHID,
        phrase: '13 Afghan soldiers',
        sentence: 'The Taliban spokesman said 13 Afghan soldiers were killed.',
      },
      {
        measure: 'wounded',
        subject: 'afghan-forces',
        claimant: 'afghanistan',
        value: 22,
        qualifier: 'exact',
        claimantName: MUJAHID,
        phrase: '22 Afghan soldiers',
        sentence: 'He said 22 Afghan soldiers were wounded.',
      },
      {
        measure: 'wounded',
        subject: 'afghan-civilians',
        claimant: 'afghanistan',
        value: 13,
        qualifier: 'exact',
        claimantName: MUJAHID,
        phrase: '13 civilians',
        sentence: 'He said 13 civilians were wounded in the first exchanges.',
      },
      {
        measure: 'killed',
        subject: 'afghan-civilians',
        claimant: 'afghanistan',
        value: 19,
        qualifier: 'exact',
        phrase: '19 civilians',
        sentence:
          'The Afghan government later said 19 civilians were killed in Pakistani strikes on Khost and Paktika.',
      },
      {
        measure: 'wounded',
        subject: 'afghan-civilians',
        claimant: 'afghanistan',
        value: 26,
        qualifier: 'exact',
        phrase: '26 civilians',
        sentence: 'It said 26 civilians were injured in the same strikes.',
      },
      {
        measure: 'other',
        subject: 'other',
        claimant: null,
        value: 2575,
        qualifier: 'exact',
        unit: 'km',
        phrase: '2,575 km',
        sentence: 'The Durand Line border is 2,575 km long.',
      },
      {
        measure: 'other',
        subject: 'other',
        claimant: null,
        value: 1600,
        qualifier: 'exact',
        unit: 'miles',
        phrase: '1,600 miles',
        sentence: 'The Durand Line runs for 1,600 miles.',
      },
      {
        measure: 'released',
        subject: 'pakistani-forces',
        claimant: null,
        value: 3,
        qualifier: 'exact',
        phrase: 'three Pakistani soldiers',
        sentence:
          'Saudi mediation earlier in February won the release of three Pakistani soldiers held since October.',
      },
    ],
  },
  {
    eventId: '2026-02-open-war',
    // approximate: an AI-written summary on Liabooks' PRISM News, a day later; shows the drift of the same claims
    url: 'https://www.liabooks.com/en/prism-news/pakistan-open-war-afghanistan-taliban-negotiate',
    outlet: 'PRISM News',
    domain: 'liabooks.com',
    title: 'After declaring open war, Pakistan faces a Taliban offer to negotiate',
    published: '2026-02-28',
    signals: [
      'Khawaja Asif',
      'Zabihullah Mujahid',
      'Kabul',
      'Kandahar',
      'Khost',
      'Paktika',
      'Durand Line',
    ],
    claims: [
      {
        measure: 'killed',
        subject: 'afghan-forces',
        claimant: 'pakistan',
        value: 274,
        qualifier: 'exact',
        phrase: '274 Afghan fighters',
        sentence:
          "The summary gives Pakistan's count as 274 Afghan fighters killed, dropping the words at least.",
      },
      {
        measure: 'wounded',
        subject: 'afghan-forces',
        claimant: 'pakistan',
        value: 400,
        qualifier: 'more-than',
        phrase: 'over 400',
        sentence: 'It says Pakistan reported over 400 Afghan fighters wounded.',
      },
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 12,
        qualifier: 'exact',
        phrase: '12 soldiers',
        sentence: 'It says Pakistan acknowledged losing 12 soldiers.',
      },
      {
        measure: 'wounded',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 27,
        qualifier: 'exact',
        phrase: '27 wounded',
        sentence: 'It reports Pakistan counting 27 wounded among its troops.',
      },
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'afghanistan',
        value: 55,
        qualifier: 'exact',
        phrase: '55 Pakistani soldiers',
        sentence: 'It says Afghanistan claimed 55 Pakistani soldiers died.',
      },
      {
        measure: 'bodies',
        subject: 'pakistani-forces',
        claimant: 'afghanistan',
        value: 23,
        qualifier: 'exact',
        phrase: '23 bodies',
        sentence: 'It says Afghanistan claimed to hold 23 bodies.',
      },
      {
        measure: 'killed',
        subject: 'afghan-forces',
        claimant: 'afghanistan',
        value: 13,
        qualifier: 'exact',
        phrase: '13 killed',
        sentence: "It gives Kabul's count of its own losses as 13 killed.",
      },
      {
        measure: 'wounded',
        subject: 'afghan-forces',
        claimant: 'afghanistan',
        value: 22,
        qualifier: 'exact',
        phrase: '22 wounded',
        sentence: "It gives Kabul's count of its own wounded as 22 wounded.",
      },
      {
        measure: 'killed',
        subject: 'afghan-civilians',
        claimant: 'afghanistan',
        value: 19,
        qualifier: 'exact',
        phrase: '19 civilians',
        sentence: 'It says Afghanistan reported 19 civilians killed in Khost and Paktika.',
      },
      {
        measure: 'wounded',
        subject: 'afghan-civilians',
        claimant: 'afghanistan',
        value: 26,
        qualifier: 'exact',
        phrase: '26 injured',
        sentence: "It adds Afghanistan's count of 26 injured civilians.",
      },
      {
        measure: 'other',
        subject: 'other',
        claimant: null,
        value: 2575,
        qualifier: 'exact',
        unit: 'km',
        phrase: '2,575 km',
        sentence: 'It describes the Durand Line as a 2,575 km border.',
      },
    ],
  },
  {
    eventId: '2025-10-clashes',
    // approximate: The New York Times' Asia section coverage of the October 2025 clashes
    url: 'https://www.nytimes.com/2025/10/18/world/asia/pakistan-afghanistan-clashes.html',
    outlet: 'The New York Times',
    domain: 'nytimes.com',
    title: 'Pakistan and Afghanistan clash along the border after a militant attack',
    published: '2025-10-18',
    signals: ['TTP', 'Kabul', 'Kandahar', 'Paktika', 'Afghan Taliban'],
    claims: [
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: null,
        value: 11,
        qualifier: 'exact',
        phrase: '11 Pakistani soldiers',
        sentence:
          'An assault by the Pakistani Taliban killed 11 Pakistani soldiers early in October.',
      },
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 23,
        qualifier: 'at-least',
        phrase: 'at least 23 Pakistani soldiers',
        sentence:
          "Pakistan's military said at least 23 Pakistani soldiers were killed in the Taliban's cross-border raids.",
      },
      {
        measure: 'other',
        subject: 'other',
        claimant: null,
        value: 48,
        qualifier: 'exact',
        unit: 'hour',
        phrase: '48-hour',
        sentence:
          'The two sides agreed to a 48-hour ceasefire after the strikes on Kabul and Kandahar.',
      },
      {
        measure: 'killed',
        subject: 'afghan-civilians',
        claimant: 'afghanistan',
        value: 3,
        upper: 9,
        qualifier: 'vague',
        phrase: 'several cricket players',
        sentence:
          'Afghanistan said several cricket players were among those killed by Pakistani strikes in Paktika after the truce lapsed.',
      },
    ],
  },
  {
    eventId: '2025-10-clashes',
    // approximate: Al Jazeera's February 2026 story recapping the October round
    url: 'https://www.aljazeera.com/news/2026/2/27/pakistan-afghanistan-october-fighting-recap',
    outlet: 'Al Jazeera',
    domain: 'aljazeera.com',
    title: 'How the October fighting between Pakistan and Afghanistan ended in a fragile truce',
    published: '2026-02-27',
    signals: ['Qatar', 'Turkey', 'Saudi Arabia', 'Torkham', 'Chaman'],
    claims: [
      {
        measure: 'killed',
        subject: 'people',
        claimant: null,
        value: 70,
        qualifier: 'more-than',
        phrase: 'more than 70 people',
        sentence: 'In the October fighting, more than 70 people died on the two sides together.',
      },
      {
        measure: 'released',
        subject: 'pakistani-forces',
        claimant: null,
        value: 3,
        qualifier: 'exact',
        phrase: 'three Pakistani soldiers',
        sentence:
          'Afghanistan captured three Pakistani soldiers in October, released in February through Saudi mediation.',
      },
    ],
  },
  {
    eventId: '2025-10-doha-ceasefire',
    // approximate: The New York Times' coverage of the Doha ceasefire
    url: 'https://www.nytimes.com/2025/10/19/world/asia/afghanistan-pakistan-ceasefire-doha.html',
    outlet: 'The New York Times',
    domain: 'nytimes.com',
    title: 'Afghanistan and Pakistan agree to a ceasefire in Doha',
    published: '2025-10-19',
    signals: ['Khawaja Asif', 'Zabihullah Mujahid', 'Qatar', 'Turkey', 'TTP', 'Doha', 'Istanbul'],
    claims: [
      {
        measure: 'killed',
        subject: 'people',
        claimant: null,
        value: 24,
        upper: 99,
        qualifier: 'vague',
        phrase: 'dozens of people',
        sentence: 'Nearly two weeks of clashes killed dozens of people before the truce.',
      },
      {
        measure: 'wounded',
        subject: 'people',
        claimant: null,
        value: 200,
        upper: 999,
        qualifier: 'vague',
        phrase: 'hundreds',
        sentence: 'The same clashes injured hundreds.',
      },
      {
        measure: 'other',
        subject: 'other',
        claimant: null,
        value: 40,
        qualifier: 'about',
        unit: 'percent',
        phrase: 'about 40 percent',
        sentence: 'Pakistan handles about 40 percent of Afghan exports.',
      },
    ],
  },
];

function buildFigure(c: ClaimSpec): ReportFigure {
  const start = c.sentence.indexOf(c.phrase);
  if (start < 0) throw new Error(`reference claim: "${c.phrase}" is not in its sentence`);
  return {
    measure: c.measure,
    subject: c.subject,
    claimant: c.claimant,
    value: c.value,
    upper: c.upper ?? null,
    qualifier: c.qualifier,
    text: c.phrase,
    start,
    end: start + c.phrase.length,
    unit: c.unit ?? null,
    claimantName: c.claimantName ?? null,
    sentenceStart: 0,
    sentenceEnd: c.sentence.length,
    sentence: c.sentence,
  };
}

function buildReport(spec: ReferenceSpec): Report {
  const event = EVENTS.find((e) => e.id === spec.eventId);
  if (!event) throw new Error(`reference: unknown episode ${spec.eventId}`);
  return {
    url: spec.url,
    outlet: spec.outlet,
    domain: spec.domain,
    title: spec.title,
    published: spec.published,
    event: event.start,
    origin: 'reference',
    // Deterministic: "read" on the day it was published.
    seenAt: Date.parse(spec.published),
    coverageScore: 1,
    signals: [...spec.signals],
    figures: spec.claims.map(buildFigure),
  };
}

/** The reference reports (origin 'reference'), events set from lib/conflict/events. */
export const REFERENCE_REPORTS: readonly Report[] = Object.freeze(SPECS.map(buildReport));

/**
 * Fresh copies of the reference reports, for seeding the store.
 *
 * @example await seedReference(store, loadReference())
 */
export function loadReference(): Report[] {
  return REFERENCE_REPORTS.map((r) => ({
    ...r,
    signals: [...r.signals],
    figures: r.figures.map((f) => ({ ...f })),
  }));
}
