import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from '../../../lib/figures/extract-figures';
import type { Claimant, Figure, Measure, Qualifier, Subject } from '../../../lib/types';

/** A quadratic walk over 100k characters takes minutes; a linear one well under a few seconds. */
const RUNAWAY_TIMEOUT_MS = 60_000;

interface Want {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  qualifier?: Qualifier;
  upper?: number | null;
}

/** The figure with this value (the first one, or the `nth`). */
function pick(text: string, value: number, nth = 0): Figure | undefined {
  return extractFigures(text).filter((f) => f.value === value)[nth];
}

// Every sentence below is written for these tests; none is copied from a news report.
const CASES: [string, string, number, Want][] = [
  // --- "X said" / "X says" / "X claimed"
  [
    'named spokesman, active verb',
    'Afghan forces killed 40 Pakistani troops in the raid, the Taliban spokesman Zabihullah Mujahid said.',
    40,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'state as speaker',
    "Pakistan's military said it had killed more than 150 Afghan Taliban fighters.",
    150,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    'minister tells parliament',
    'Khawaja Asif told parliament that 274 Afghan Taliban had been killed.',
    274,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'claims',
    'The Islamic Emirate claims 58 Pakistani soldiers died in the night-long clashes.',
    58,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  // --- a party holds the bodies of, or captures, the other side's men
  [
    'bodies held by the speaker side',
    'A Taliban spokesman said their fighters were keeping the bodies of 17 soldiers.',
    17,
    { measure: 'bodies', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  // --- "according to X"
  [
    'according to, sentence start',
    'According to the Islamic Emirate, thirty Pakistani soldiers were killed in the fighting.',
    30,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'according to, sentence end',
    "Six Pakistani civilians died in Chaman, according to Pakistan's interior ministry.",
    6,
    { measure: 'killed', subject: 'pakistani-civilians', claimant: 'pakistan' },
  ],
  // --- passive with the speaker after
  [
    'passive, the military said',
    'Two soldiers remain missing, the military said.',
    2,
    { measure: 'missing', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'passive, security sources',
    'Dozens of militants were killed in the overnight raids, security sources said.',
    24,
    {
      measure: 'killed',
      subject: 'militants',
      claimant: 'pakistan',
      qualifier: 'vague',
      upper: 99,
    },
  ],
  [
    'inverted said X',
    'Nine Afghan border guards were wounded, said Enayatullah Khwarazmi.',
    9,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  // --- statements
  [
    'ISPR in a statement',
    'ISPR said in a statement that 5 soldiers were martyred in the exchange of fire.',
    5,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'in a statement, first',
    'In a statement, the ISPR said troops had destroyed 19 Afghan posts.',
    19,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  // --- appositive speaker
  [
    'appositive name',
    "Pakistan's army spokesman, Lt. Gen. Ahmed Sharif Chaudhry, said 12 soldiers were killed.",
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  // --- pronouns and short references carry the speaker
  [
    'he added',
    'Zabihullah Mujahid spoke to reporters in Kabul on Friday. He added that 22 Afghan soldiers were wounded.',
    22,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'he said, mid-sentence',
    'Mujahid rejected the figures. Eleven Afghan soldiers had died, he said.',
    11,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'the ministry said',
    "Afghanistan's defence ministry accused Pakistan of bombing homes. The ministry said 14 civilians were injured in Paktika.",
    14,
    { measure: 'wounded', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  // --- quotations over several sentences
  [
    'quote across sentences',
    '\u201cOur forces destroyed 9 enemy posts. We lost three soldiers,\u201d Mujahid said.',
    9,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'quote, own losses',
    '\u201cOur forces destroyed 9 enemy posts. We lost three soldiers,\u201d Mujahid said.',
    3,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  // --- generic speakers
  [
    'hospital officials are other',
    'Hospital officials in Peshawar said 14 people were wounded.',
    14,
    { measure: 'wounded', subject: 'people', claimant: 'other' },
  ],
  [
    'residents are other',
    'Residents said four children were among the dead.',
    4,
    { measure: 'killed', subject: 'civilians', claimant: 'other' },
  ],
  [
    'UN mission',
    'UNAMA said at least 37 civilians had been killed in Afghanistan since the fighting began.',
    37,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'un', qualifier: 'at-least' },
  ],
  [
    'provincial officials with a place',
    'Provincial officials in Khost said at least 8 civilians were killed in the strikes.',
    8,
    {
      measure: 'killed',
      subject: 'afghan-civilians',
      claimant: 'afghanistan',
      qualifier: 'at-least',
    },
  ],
  [
    'police with a place',
    'Pakistani Taliban fighters killed 7 policemen in Bannu, police said.',
    7,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'two speakers in one sentence (first)',
    'Islamabad says its jets killed 90 Afghan fighters; Kabul says it lost 14 soldiers.',
    90,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'two speakers in one sentence (second)',
    'Islamabad says its jets killed 90 Afghan fighters; Kabul says it lost 14 soldiers.',
    14,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  // --- unattributed
  [
    'outlet statement',
    'The clashes have killed more than 70 people across the two countries.',
    70,
    { measure: 'killed', subject: 'people', claimant: null, qualifier: 'more-than' },
  ],
  [
    'release, unattributed',
    'Saudi mediation secured the release of three Pakistani soldiers held in Kabul.',
    3,
    { measure: 'released', subject: 'pakistani-forces', claimant: null },
  ],
  // --- measure wording
  [
    'killing at least',
    'Pakistani jets struck a market in Kunar, killing at least 12 civilians, local officials said.',
    12,
    {
      measure: 'killed',
      subject: 'afghan-civilians',
      claimant: 'afghanistan',
      qualifier: 'at-least',
    },
  ],
  [
    'death toll rose to',
    'The death toll from the shelling rose to 19, the Taliban government said.',
    19,
    { measure: 'killed', subject: 'people', claimant: 'afghanistan' },
  ],
  [
    'civilian death toll',
    'The civilian death toll from the air strikes in Paktika has climbed to 31, Afghan officials said.',
    31,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'people died',
    'Officials in Kurram said 19 people died when mortar rounds hit the town.',
    19,
    { measure: 'killed', subject: 'people', claimant: 'pakistan' },
  ],
  [
    'two figures, subject carried by others (1)',
    'The army said 6 soldiers were killed and 10 others were wounded.',
    6,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'two figures, subject carried by others (2)',
    'The army said 6 soldiers were killed and 10 others were wounded.',
    10,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'others injured without auxiliary',
    'Afghan officials said 21 civilians were killed and 30 others injured in Khost.',
    30,
    { measure: 'wounded', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'another N wounded',
    'Eight Afghan soldiers had been killed, Mujahid said, and another 15 wounded.',
    15,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'wounded more than N others',
    'The ISPR said troops killed 60 Afghan fighters and wounded more than 90 others.',
    90,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    'bodies of N of them',
    'Mujahid said 30 Pakistani soldiers died, and the bodies of 11 of them had been carried into Afghanistan.',
    11,
    { measure: 'bodies', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'taken prisoner',
    'Mujahid said two Pakistani soldiers had been taken prisoner.',
    2,
    { measure: 'captured', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'missing in action',
    'The military said one soldier was missing in action.',
    1,
    { measure: 'missing', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    // UNAMA counts civilians in Afghanistan, so its count is of Afghan civilians.
    'casualties noun',
    'UNAMA documented 146 civilian casualties in the border provinces.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians', claimant: 'un' },
  ],
  [
    'posts seized',
    'Mujahid said Afghan troops had seized 25 Pakistani posts.',
    25,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'targets struck',
    'Pakistan said its jets struck 12 targets in Kandahar.',
    12,
    { measure: 'targets', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'hideouts of militants',
    'Tarar said the strikes hit seven hideouts of the Pakistani Taliban.',
    7,
    { measure: 'targets', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'TTP militants',
    'Islamabad said 11 TTP militants were killed in an operation in North Waziristan.',
    11,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'khawarij',
    'Security forces killed 18 khawarij in the operation, the ISPR said.',
    18,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'range',
    'Between 15 and 20 Taliban fighters were killed near Spin Boldak, Pakistani officials said.',
    15,
    {
      measure: 'killed',
      subject: 'afghan-forces',
      claimant: 'pakistan',
      qualifier: 'range',
      upper: 20,
    },
  ],
  [
    'including N women',
    'Taliban officials said 17 civilians died in Khost, including five women.',
    5,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'members of one family',
    'The strikes killed three members of one family in Paktika, residents said.',
    3,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'other' },
  ],
  [
    'soldiers and civilians together',
    'The week of clashes killed dozens of soldiers and civilians.',
    24,
    { measure: 'killed', subject: 'people', claimant: null, qualifier: 'vague' },
  ],
  [
    'wounded people, vague',
    'Scores of people were injured when shells hit the bazaar.',
    40,
    { measure: 'wounded', subject: 'people', claimant: null, qualifier: 'vague', upper: 99 },
  ],
  [
    'group named after the figures',
    'Mujahid acknowledged 9 dead and 12 wounded among Afghan soldiers.',
    12,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'own losses',
    'The Taliban said their fighters had killed 58 Pakistani soldiers, while Pakistan put its own losses at 23.',
    23,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  // --- clause structure around the speaker
  [
    'speaker inside a "when" clause',
    'The talks collapsed in October, when Pakistan said 19 of its soldiers had been killed in raids on its posts.',
    19,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'relative clause before said',
    'A Pakistani intelligence officer, who spoke on condition of anonymity, said jets had hit 14 targets near Kandahar.',
    14,
    { measure: 'targets', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'which X claimed',
    'The jets struck again on Sunday, in raids which Afghanistan claimed killed several farmers in Kunar.',
    3,
    {
      measure: 'killed',
      subject: 'afghan-civilians',
      claimant: 'afghanistan',
      qualifier: 'vague',
      upper: 9,
    },
  ],
  [
    'participle keeps the subject',
    'Kabul rejected the figures as “fabricated,” claiming 41 Pakistani soldiers died.',
    41,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    "by X's own count",
    "The raids, by Pakistan's own count, killed 16 of its soldiers.",
    16,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'reports as a noun',
    'UNAMA said it had received credible reports that at least 9 civilians were killed in Khost.',
    9,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'un', qualifier: 'at-least' },
  ],
  [
    'residents in a capital',
    'Residents in Kabul said at least four loud blasts shook the city.',
    4,
    { measure: 'other', subject: 'other', claimant: 'other', qualifier: 'at-least' },
  ],
  [
    'said he…: the pronoun is content',
    'Karim Shah, a carpet trader, said he had lost about 500,000 rupees since the crossing closed.',
    500000,
    { measure: 'other', subject: 'other', claimant: 'other', qualifier: 'about' },
  ],
  [
    'nearest place, not the dateline',
    'ISLAMABAD — The Taliban government said the civilian death toll from air strikes in eastern Afghanistan had risen to 27.',
    27,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'release of soldiers captured earlier',
    'Qatar helped secure the release of four Pakistani soldiers captured in October.',
    4,
    { measure: 'released', subject: 'pakistani-forces', claimant: null },
  ],
  [
    'participial modifier before the verb',
    'The ISPR said 35 fighters operating from Afghan soil had been killed.',
    35,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'brought in with wounds',
    'A doctor in Parachinar said nine civilians had been brought in with shrapnel wounds.',
    9,
    { measure: 'wounded', subject: 'pakistani-civilians', claimant: 'other' },
  ],
  [
    'hospitalised',
    'Officials in Chaman said 15 people were hospitalised after the shelling.',
    15,
    { measure: 'wounded', subject: 'people', claimant: 'pakistan' },
  ],
  [
    'quoted group name in a list',
    'The army said 60 Afghan Taliban and “khawarij” were killed.',
    60,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    // (homes flattened are homes destroyed: civilian places, the contract's targets)
    'small qualified count',
    'Residents said at least two homes were flattened.',
    2,
    { measure: 'targets', subject: 'civilians', claimant: 'other', qualifier: 'at-least' },
  ],
  [
    'handed over is not "over"',
    'Pakistan handed over 30 Afghan prisoners at Torkham, officials in Islamabad said.',
    30,
    { measure: 'released', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'exact' },
  ],
  [
    'appositive speaker is not a list member',
    'Taliban fighters captured 7 soldiers, a Taliban commander told reporters.',
    7,
    { measure: 'captured', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'forces as speaker',
    'Afghan forces say they have seized control of 19 Pakistani military posts.',
    19,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'men of an army',
    'The Pakistani army lost 11 men in the ambush, including two officers.',
    11,
    { measure: 'killed', subject: 'pakistani-forces', claimant: null },
  ],
  [
    'left N dead and N injured',
    'The clashes left 23 Pakistani soldiers dead and 29 injured, the military said.',
    29,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'ISPR idiom',
    'According to ISPR, troops engaged the khwarij near the border, sending 21 of them to hell.',
    21,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  // --- other figures
  [
    'distance',
    'The Durand Line stretches some 2,600 km through the mountains.',
    2600,
    { measure: 'other', subject: 'other', claimant: null, qualifier: 'about' },
  ],
  [
    'percentage',
    'About 40 percent of Afghan exports go through Pakistan.',
    40,
    { measure: 'other', subject: 'other', claimant: null, qualifier: 'about' },
  ],
  [
    'duration',
    'A 48-hour ceasefire took effect at 6 pm.',
    48,
    { measure: 'other', subject: 'other', claimant: null },
  ],
  [
    'trucks, vague',
    'Hundreds of trucks were stuck at the Torkham crossing.',
    200,
    { measure: 'other', subject: 'other', claimant: null, qualifier: 'vague', upper: 999 },
  ],
];

describe('extractFigures reads measure, subject and claimant', () => {
  it.each(CASES)('%s', (_name, text, value, want) => {
    const f = pick(text, value);
    expect(f, `no figure ${value} in: ${text}`).toBeDefined();
    expect({ measure: f?.measure, subject: f?.subject, claimant: f?.claimant }).toEqual({
      measure: want.measure,
      subject: want.subject,
      claimant: want.claimant,
    });
    if (want.qualifier) expect(f?.qualifier).toBe(want.qualifier);
    if (want.upper !== undefined) expect(f?.upper).toBe(want.upper);
  });
});

describe('what is and is not a figure', () => {
  it('lists each mention, both units of "2,575 km (1,600 miles)"', () => {
    const figs = extractFigures(
      'The frontier runs for 2,575 km (1,600 miles) across the mountains.',
    );
    expect(figs.map((f) => [f.measure, f.value, f.unit])).toEqual([
      ['other', 2575, 'km'],
      ['other', 1600, 'miles'],
    ]);
  });

  it('keeps two figures of one sentence apart', () => {
    const figs = extractFigures(
      'The army said 9 Pakistani soldiers lost their lives and 31 others were wounded.',
    );
    expect(figs.map((f) => [f.measure, f.subject, f.value])).toEqual([
      ['killed', 'pakistani-forces', 9],
      ['wounded', 'pakistani-forces', 31],
    ]);
  });

  it.each([
    ['dates and years', 'On 27 February 2026 the border was closed again, as it had been in 2021.'],
    ['times', 'The shelling began at 10:30 and stopped at 4 pm.'],
    ['ordinals', 'It was the second round of talks and the third ceasefire this year.'],
    ['ages beside names', 'Gul Rahman, 45, said the house was destroyed.'],
    ['"one of" and pronoun one', 'One of the soldiers said no one had expected the attack.'],
    ['identifiers', 'Under Resolution 2593, the council demanded that F-16 jets stay grounded.'],
    ['page furniture', '4 min read'],
    ['share counts', '1.2K shares'],
    ['updated time', 'Updated 2 hours ago'],
    ['two countries', 'The two countries have agreed to talk.'],
    ['negative amounts', 'Temperatures fell to -5 at the crossing.'],
  ])('no figure in: %s', (_name, text) => {
    expect(extractFigures(text)).toEqual([]);
  });
});

describe('offsets and text', () => {
  const article = [
    "Pakistan's army spokesman said 274 Afghan fighters were killed and more than 400 wounded.",
    '',
    'Mujahid said 55 Pakistani soldiers died. He also said 23 bodies were taken.',
  ].join('\n');

  it('text is the verbatim slice and extends to the counted noun phrase', () => {
    const figs = extractFigures(article);
    expect(figs.length).toBe(4);
    for (const f of figs) {
      expect(article.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentenceStart).toBeLessThanOrEqual(f.start);
      expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end);
    }
    expect(figs[0]?.text).toBe('274 Afghan fighters');
    expect(figs[2]?.claimantName).toBe('Mujahid');
  });

  it('never throws and keeps offsets valid on arbitrary text', () => {
    const piece = fc.constantFrom(
      'said',
      'Mujahid',
      'ISPR',
      ' ',
      '. ',
      ', ',
      '\n',
      '12',
      'at least',
      'killed',
      'were',
      'soldiers',
      'Afghan',
      'Pakistani',
      'others',
      'of them',
      '"',
      '\u201c',
      '\u201d',
      'according to',
      'the military',
      'dozens of',
      '2,575-km',
      'he added',
      'and',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.string({ maxLength: 40 }),
        (parts, noise) => {
          const text = parts.join(' ') + noise;
          for (const f of extractFigures(text)) {
            expect(text.slice(f.start, f.end)).toBe(f.text);
            expect(f.start).toBeGreaterThanOrEqual(f.sentenceStart);
            expect(f.sentenceEnd).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it(
    'reads a 100k-character article without punctuation',
    () => {
      // Speed is measured by `npm run bench`; here only a runaway (quadratic) walk fails, by the
      // generous timeout, so a busy machine cannot fail the test.
      const text = '12 soldiers were killed and 30 others wounded '.repeat(2200);
      const figs = extractFigures(text);
      expect(figs.length).toBeGreaterThan(1000);
    },
    RUNAWAY_TIMEOUT_MS,
  );
});
