/**
 * The conflict's actors as data: who they are, the names they go by in
 * English-language news, and which party's claims they speak for. Used by the
 * coverage score (signals) and by figure attribution (claimant).
 *
 * `side` is the claimant a statement by this actor counts for; `subjectSide`
 * says whose forces or civilians a group noun refers to (for subjects).
 */
import type { Claimant } from '../types';

export type ActorKind = 'person' | 'institution' | 'group' | 'state';

export interface Actor {
  /** Canonical display name. */
  name: string;
  kind: ActorKind;
  /** Claimant a statement by this actor counts for. */
  side: Exclude<Claimant, null>;
  /** Spellings and short forms as they appear in news copy (matched case-insensitively, whole words). */
  aliases: readonly string[];
  /** Strong evidence that a page is about this conflict (not just one country). */
  conflictSpecific: boolean;
}

export const ACTORS: readonly Actor[] = Object.freeze([
  // Pakistan
  {
    name: 'Khawaja Asif',
    kind: 'person',
    side: 'pakistan',
    aliases: [
      'Khawaja Asif',
      'Khawaja Muhammad Asif',
      'Khawaja Mohammad Asif',
      'Khwaja Asif',
      'Khwaja Muhammad Asif',
      'Khawaja M. Asif',
    ],
    conflictSpecific: true,
  },
  {
    name: 'Ahmed Sharif Chaudhry',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Ahmed Sharif Chaudhry', 'Ahmed Sharif Chaudhary', 'Ahmed Sharif'],
    conflictSpecific: true,
  },
  {
    name: 'ISPR',
    kind: 'institution',
    side: 'pakistan',
    aliases: ['ISPR', 'Inter-Services Public Relations', 'Inter Services Public Relations'],
    conflictSpecific: true,
  },
  {
    name: 'Shehbaz Sharif',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Shehbaz Sharif', 'Shahbaz Sharif'],
    conflictSpecific: false,
  },
  {
    name: 'Asif Ali Zardari',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Asif Ali Zardari', 'Asif Zardari', 'President Zardari'],
    conflictSpecific: false,
  },
  {
    name: 'Asim Munir',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Asim Munir', 'Field Marshal Munir', 'General Munir'],
    conflictSpecific: false,
  },
  {
    name: 'Attaullah Tarar',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Attaullah Tarar', 'Ataullah Tarar', 'Tarar'],
    conflictSpecific: false,
  },
  {
    // The prime minister's spokesman to foreign media, quoted with running tallies in 2026.
    name: 'Mosharraf Zaidi',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Mosharraf Zaidi', 'Musharraf Zaidi'],
    conflictSpecific: false,
  },
  {
    name: 'Mohsin Naqvi',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Mohsin Naqvi', 'Naqvi'],
    conflictSpecific: false,
  },
  {
    name: 'Ishaq Dar',
    kind: 'person',
    side: 'pakistan',
    aliases: ['Ishaq Dar'],
    conflictSpecific: false,
  },
  {
    name: 'Pakistan',
    kind: 'state',
    side: 'pakistan',
    aliases: [
      'Pakistan',
      'Islamabad',
      'Rawalpindi',
      'Pakistani military',
      'Pakistani army',
      'Pakistan Army',
    ],
    conflictSpecific: false,
  },
  // Afghanistan
  {
    name: 'Zabihullah Mujahid',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Zabihullah Mujahid', 'Zabiullah Mujahid', 'Zabihullah', 'Mujahid'],
    conflictSpecific: true,
  },
  {
    name: 'Hibatullah Akhundzada',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Haibatullah Akhundzada', 'Hibatullah Akhundzada', 'Akhundzada'],
    conflictSpecific: false,
  },
  {
    name: 'Amir Khan Muttaqi',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Amir Khan Muttaqi', 'Muttaqi'],
    conflictSpecific: false,
  },
  {
    name: 'Mohammad Yaqoob',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Mohammad Yaqoob', 'Mullah Yaqoob', 'Muhammad Yaqoob', 'Mullah Mohammad Yaqoob'],
    conflictSpecific: false,
  },
  {
    name: 'Enayatullah Khwarazmi',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Enayatullah Khwarazmi', 'Khwarazmi'],
    conflictSpecific: true,
  },
  {
    name: 'Hamdullah Fitrat',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Hamdullah Fitrat', 'Fitrat'],
    conflictSpecific: false,
  },
  {
    // The interior ministry's spokesman.
    name: 'Abdul Mateen Qani',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Abdul Mateen Qani', 'Abdul Matin Qani', 'Mateen Qani'],
    conflictSpecific: false,
  },
  {
    // The public health ministry's spokesman.
    name: 'Sharafat Zaman',
    kind: 'person',
    side: 'afghanistan',
    aliases: ['Sharafat Zaman', 'Sharafat Zaman Amarkhail'],
    conflictSpecific: false,
  },
  {
    name: 'Islamic Emirate',
    kind: 'institution',
    side: 'afghanistan',
    aliases: ['Islamic Emirate', 'Islamic Emirate of Afghanistan', 'IEA'],
    conflictSpecific: false,
  },
  {
    name: 'Afghan Taliban',
    kind: 'state',
    side: 'afghanistan',
    aliases: [
      'Afghan Taliban',
      'Taliban government',
      'Taliban administration',
      'Taliban authorities',
      'Kabul',
      'Afghan government',
      'Afghan authorities',
      'Afghan Defence Ministry',
      'Afghan defense ministry',
    ],
    conflictSpecific: false,
  },
  // Militants (subject side; their statements count as `other`)
  {
    name: 'TTP',
    kind: 'group',
    side: 'other',
    aliases: [
      'TTP',
      'T.T.P.',
      'Tehrik-i-Taliban Pakistan',
      'Tehrik-i-Taliban',
      'Tehreek-e-Taliban Pakistan',
      'Tehrik-e-Taliban Pakistan',
      'Tehreek-i-Taliban Pakistan',
      'Tahreek-e-Taliban Pakistan',
      'Tahrik-i-Taliban Pakistan',
      'Tahriki Taliban Pakistan',
      'Tehriki Taliban Pakistan',
      'Tehrik e Taliban Pakistan',
      'Pakistani Taliban',
      'Pakistan Taliban',
      'Fitna al-Khawarij',
      'Khawarij',
      // (the spellings Pakistani copy uses as often)
      'Khwarij',
      'Khawarji',
      'Khwarji',
    ],
    conflictSpecific: false,
  },
  // The UN
  {
    name: 'United Nations',
    kind: 'institution',
    side: 'un',
    aliases: [
      'United Nations',
      'UN',
      'U.N.',
      'UNAMA',
      'UN Assistance Mission in Afghanistan',
      'OCHA',
      'UNHCR',
      'UN experts',
      'UN human rights office',
      'OHCHR',
    ],
    conflictSpecific: false,
  },
  {
    name: 'António Guterres',
    kind: 'person',
    side: 'un',
    aliases: ['António Guterres', 'Antonio Guterres', 'Guterres'],
    conflictSpecific: false,
  },
  {
    name: 'Stéphane Dujarric',
    kind: 'person',
    side: 'un',
    aliases: ['Stéphane Dujarric', 'Stephane Dujarric', 'Dujarric'],
    conflictSpecific: false,
  },
  {
    name: 'Roza Otunbayeva',
    kind: 'person',
    side: 'un',
    aliases: ['Roza Otunbayeva', 'Otunbayeva'],
    conflictSpecific: false,
  },
  {
    name: 'Richard Bennett',
    kind: 'person',
    side: 'un',
    aliases: ['Richard Bennett'],
    conflictSpecific: false,
  },
  // The UN's own agencies speak as the UN.
  {
    name: 'UN agencies',
    kind: 'institution',
    side: 'un',
    aliases: [
      'UNICEF',
      'World Health Organization',
      'World Food Programme',
      'WFP',
      'IOM',
      'International Organization for Migration',
      'International Organisation for Migration',
      'UN migration agency',
      'UN refugee agency',
      "UN children's agency",
      'UN Security Council',
    ],
    conflictSpecific: false,
  },
  // Aid groups and monitors (their statements count as `other`)
  {
    name: 'Aid and rights groups',
    kind: 'institution',
    side: 'other',
    aliases: [
      'ICRC',
      'International Committee of the Red Cross',
      'Red Cross',
      'Red Crescent',
      'Amnesty International',
      'Amnesty',
      'Human Rights Watch',
      'HRW',
      'Medecins Sans Frontieres',
      'Médecins Sans Frontières',
      'MSF',
      'Doctors Without Borders',
      'Save the Children',
      'Norwegian Refugee Council',
    ],
    conflictSpecific: false,
  },
  // Conflict monitors and think tanks whose counts the press cites (`other`)
  {
    name: 'Conflict monitors',
    kind: 'institution',
    side: 'other',
    aliases: [
      'PICSS',
      'Pakistan Institute for Conflict and Security Studies',
      'PIPS',
      'Pak Institute for Peace Studies',
      'Pakistan Institute for Peace Studies',
      'CRSS',
      'Centre for Research and Security Studies',
      'Center for Research and Security Studies',
      'ACLED',
      'Armed Conflict Location and Event Data',
      'Armed Conflict Location & Event Data',
    ],
    conflictSpecific: false,
  },
  // Mediators and other governments (their statements count as `other`)
  {
    name: 'Qatar',
    kind: 'state',
    side: 'other',
    aliases: ['Qatar', 'Doha', 'Qatari'],
    conflictSpecific: false,
  },
  {
    name: 'Turkey',
    kind: 'state',
    side: 'other',
    aliases: ['Turkey', 'Türkiye', 'Turkiye', 'Ankara', 'Istanbul'],
    conflictSpecific: false,
  },
  {
    name: 'Saudi Arabia',
    kind: 'state',
    side: 'other',
    aliases: ['Saudi Arabia', 'Riyadh'],
    conflictSpecific: false,
  },
  {
    name: 'Abbas Araghchi',
    kind: 'person',
    side: 'other',
    aliases: ['Abbas Araghchi', 'Araghchi'],
    conflictSpecific: false,
  },
]);
