/**
 * Places on both sides of the border, as news copy spells them. `side` says
 * which country the place is in: a page naming places on both sides is a
 * first sign that it is about the two countries together.
 */
export type Side = 'pakistan' | 'afghanistan';

export interface Place {
  name: string;
  side: Side;
  kind: 'country' | 'capital' | 'province' | 'district' | 'city' | 'crossing';
  /** Names as news copy spells them (matched case-insensitively, whole words). */
  aliases: readonly string[];
  /**
   * Phrases that put a casualty or a speaker in this place, when they differ
   * from `aliases`. For the countries: "Afghan soil", not the adjective
   * "Afghan" (that names a nationality, whose side figures read elsewhere),
   * and not "Pakistan" (a party far more often than a place).
   */
  locating?: readonly string[];
  /** Used only to place casualties and speakers: too common in other stories to count towards coverage. */
  locatingOnly?: true;
}

/** A place that only locates casualties and speakers (see `Place.locatingOnly`). */
function locatingOnly(
  side: Side,
  kind: Place['kind'],
  name: string,
  aliases: readonly string[],
): Place {
  return { name, side, kind, aliases, locatingOnly: true };
}

export const PLACES: readonly Place[] = Object.freeze([
  // Afghanistan
  {
    name: 'Afghanistan',
    side: 'afghanistan',
    kind: 'country',
    aliases: ['Afghanistan', 'Afghan', 'Afghans'],
    locating: ['Afghanistan', 'Afghan territory', 'Afghan soil', 'Afghan side'],
  },
  { name: 'Kabul', side: 'afghanistan', kind: 'capital', aliases: ['Kabul'] },
  { name: 'Kandahar', side: 'afghanistan', kind: 'province', aliases: ['Kandahar', 'Qandahar'] },
  { name: 'Khost', side: 'afghanistan', kind: 'province', aliases: ['Khost', 'Khowst'] },
  { name: 'Paktika', side: 'afghanistan', kind: 'province', aliases: ['Paktika'] },
  {
    name: 'Paktia',
    side: 'afghanistan',
    kind: 'province',
    aliases: ['Paktia', 'Paktiya', 'Gardez'],
  },
  { name: 'Laghman', side: 'afghanistan', kind: 'province', aliases: ['Laghman'] },
  { name: 'Kunar', side: 'afghanistan', kind: 'province', aliases: ['Kunar', 'Konar', 'Asadabad'] },
  { name: 'Nangarhar', side: 'afghanistan', kind: 'province', aliases: ['Nangarhar', 'Ningarhar'] },
  { name: 'Nuristan', side: 'afghanistan', kind: 'province', aliases: ['Nuristan'] },
  { name: 'Helmand', side: 'afghanistan', kind: 'province', aliases: ['Helmand'] },
  { name: 'Zabul', side: 'afghanistan', kind: 'province', aliases: ['Zabul'] },
  { name: 'Nimroz', side: 'afghanistan', kind: 'province', aliases: ['Nimroz'] },
  { name: 'Jalalabad', side: 'afghanistan', kind: 'city', aliases: ['Jalalabad'] },
  {
    name: 'Spin Boldak',
    side: 'afghanistan',
    kind: 'district',
    aliases: ['Spin Boldak', 'Spin Buldak'],
  },
  { name: 'Barmal', side: 'afghanistan', kind: 'district', aliases: ['Barmal', 'Bermal'] },
  { name: 'Urgun', side: 'afghanistan', kind: 'district', aliases: ['Urgun', 'Urgoon', 'Orgun'] },
  {
    name: 'Dand-e-Patan',
    side: 'afghanistan',
    kind: 'district',
    aliases: ['Dand-e-Patan', 'Dand Patan'],
  },
  { name: 'Bagram', side: 'afghanistan', kind: 'city', aliases: ['Bagram'] },
  // Districts and towns along the border, as copy spells them: they place a casualty or a
  // speaker, and are too small to say anything about a page's subject.
  ...(
    [
      ['Paktika districts', ['Sharana', 'Gayan', 'Giyan', 'Ziruk', 'Argun']],
      [
        'Khost districts',
        [
          'Spera',
          'Gurbuz',
          'Gerbaz',
          'Zazai Maidan',
          'Ali Sher',
          'Sabari',
          'Tere Zayi',
          'Terezayi',
        ],
      ],
      ['Paktia districts', ['Jaji Maidan', 'Zurmat', 'Chamkani', 'Dand Wa Patan']],
      [
        'Kunar districts',
        ['Dangam', 'Sarkano', 'Marawara', 'Shigal', 'Asmar', 'Narang', 'Chapa Dara'],
      ],
      [
        'Nangarhar districts',
        [
          'Goshta',
          'Lalpur',
          'Momand Dara',
          'Mohmand Dara',
          'Achin',
          'Nazyan',
          'Dur Baba',
          'Shinwar',
          'Behsud',
          'Khogyani',
          'Surkh Rod',
        ],
      ],
      ['Kandahar districts', ['Maruf', 'Arghistan', 'Shorabak', 'Boldak']],
      [
        'Helmand districts',
        ['Lashkar Gah', 'Musa Qala', 'Bahramcha', 'Baramcha', 'Nad Ali', 'Sangin', 'Nahr-e-Saraj'],
      ],
      ['Kabul districts', ['Darulaman', 'Dar ul Aman']],
    ] as const
  ).map(([name, aliases]) => locatingOnly('afghanistan', 'district', name, aliases)),
  ...(['Badakhshan', 'Herat', 'Logar', 'Ghazni'] as const).map((name) =>
    locatingOnly('afghanistan', 'province', name, [name]),
  ),
  // Pakistan
  {
    name: 'Pakistan',
    side: 'pakistan',
    kind: 'country',
    aliases: ['Pakistan', 'Pakistani', 'Pakistanis'],
    locating: ['Pakistani territory', 'Pakistani soil', 'Pakistani side'],
  },
  { name: 'Islamabad', side: 'pakistan', kind: 'capital', aliases: ['Islamabad'] },
  { name: 'Rawalpindi', side: 'pakistan', kind: 'city', aliases: ['Rawalpindi'] },
  { name: 'Peshawar', side: 'pakistan', kind: 'city', aliases: ['Peshawar'] },
  { name: 'Quetta', side: 'pakistan', kind: 'city', aliases: ['Quetta'] },
  {
    name: 'Khyber Pakhtunkhwa',
    side: 'pakistan',
    kind: 'province',
    aliases: ['Khyber Pakhtunkhwa', 'Khyber-Pakhtunkhwa', 'KP province', 'KPK'],
  },
  {
    name: 'Balochistan',
    side: 'pakistan',
    kind: 'province',
    aliases: ['Balochistan', 'Baluchistan'],
  },
  { name: 'Bajaur', side: 'pakistan', kind: 'district', aliases: ['Bajaur'] },
  {
    name: 'Khyber',
    side: 'pakistan',
    kind: 'district',
    aliases: ['Khyber district', 'Khyber tribal district', 'Landi Kotal'],
  },
  { name: 'Mohmand', side: 'pakistan', kind: 'district', aliases: ['Mohmand'] },
  { name: 'Kurram', side: 'pakistan', kind: 'district', aliases: ['Kurram', 'Parachinar'] },
  { name: 'Chitral', side: 'pakistan', kind: 'district', aliases: ['Chitral'] },
  {
    name: 'North Waziristan',
    side: 'pakistan',
    kind: 'district',
    aliases: ['North Waziristan', 'South Waziristan', 'Waziristan', 'Miranshah', 'Wana'],
  },
  { name: 'Zhob', side: 'pakistan', kind: 'district', aliases: ['Zhob'] },
  { name: 'Chaman', side: 'pakistan', kind: 'crossing', aliases: ['Chaman'] },
  { name: 'Torkham', side: 'pakistan', kind: 'crossing', aliases: ['Torkham'] },
  {
    name: 'Angoor Adda',
    side: 'pakistan',
    kind: 'crossing',
    aliases: ['Angoor Adda', 'Angur Adda'],
  },
  { name: 'Ghulam Khan', side: 'pakistan', kind: 'crossing', aliases: ['Ghulam Khan'] },
  // Places where domestic militancy or other news is common: they locate a
  // casualty, but naming them says nothing about the two countries' conflict.
  ...(
    [
      ['Dir', ['Lower Dir', 'Upper Dir']],
      [
        'Waziristan towns',
        ['Mir Ali', 'Datta Khel', 'Spinwam', 'Razmak', 'Shewa', 'Ghulam Khan crossing'],
      ],
      ['Bajaur and Mohmand towns', ['Salarzai', 'Nawagai', 'Mamund', 'Mamond', 'Ghalanai', 'Khar']],
      ['Khyber towns', ['Jamrud', 'Tirah']],
      [
        'Kurram and Orakzai',
        ['Sadda', 'Alizai', 'Orakzai', 'Hangu', 'Kohat', 'Borki', 'Kharlachi', 'Thall'],
      ],
      ['Chitral towns', ['Arundu', 'Arandu', 'Drosh']],
      [
        'Balochistan border districts',
        [
          'Qilla Abdullah',
          'Killa Abdullah',
          'Qila Abdullah',
          'Qilla Saifullah',
          'Killa Saifullah',
          'Nushki',
          'Pishin',
          'Bahram Chah',
          'Badini',
        ],
      ],
      ['Bannu', ['Bannu']],
      ['Dera Ismail Khan', ['Dera Ismail Khan', 'DI Khan', 'D.I. Khan']],
      ['Lahore', ['Lahore']],
      ['Karachi', ['Karachi']],
    ] as const
  ).map(([name, aliases]) => locatingOnly('pakistan', 'district', name, aliases)),
]);

/** Phrases that place a casualty or a speaker on one side of the border. */
export function locatingPhrases(place: Place): readonly string[] {
  return place.locating ?? place.aliases;
}

/** Places whose names count as signals that a page is about the two countries. */
export const COVERAGE_PLACES: readonly Place[] = PLACES.filter((p) => !p.locatingOnly);

/**
 * Places in third countries whose names contain one of ours ("Sistan and
 * Baluchestan" is Iran's, not Pakistan's Balochistan). The coverage score
 * matches them as names of no side, so the longer name wins and the page is
 * not read as naming Pakistan.
 */
export const THIRD_COUNTRY_PLACES: readonly { name: string; aliases: readonly string[] }[] =
  Object.freeze([
    {
      name: 'Sistan and Baluchestan',
      // Every spelling of the province's second half, joined every way copy joins them.
      aliases: [
        ...['Baluchestan', 'Balochestan', 'Baluchistan', 'Balochistan'].flatMap((b) =>
          [' and ', '-', ' ', '-o-', '-and-'].map((j) => `Sistan${j}${b}`),
        ),
        'Iranian Balochistan',
        'Iranian Baluchistan',
      ],
    },
  ]);
