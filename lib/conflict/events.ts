/**
 * The conflict's episodes as data. An episode is one round of fighting or
 * diplomacy; reports about it are compared together. `start`/`end` are
 * inclusive ISO dates; `end` is an estimate for open-ended episodes. `cues`
 * are words that point at the episode in text (matched case-insensitively).
 */
export interface ConflictEvent {
  id: string;
  start: string;
  end: string;
  label: string;
  cues: string[];
  /**
   * Names the episode goes by (operation names, their translations and
   * transliterations), as regex sources. Unlike `cues`, a name alone says a
   * page is about the conflict: the coverage score and the feed gate read
   * them as strong signals.
   */
  aliases?: string[];
  /**
   * 'talks' for diplomacy (ceasefire talks and their follow-up): talks run
   * alongside fighting, so a talks episode is only chosen for a report that
   * names it and does not lead with a casualty count. Absent = fighting.
   */
  kind?: 'fighting' | 'talks';
}

export const EVENTS: readonly ConflictEvent[] = Object.freeze([
  {
    id: '2025-10-clashes',
    start: '2025-10-11',
    end: '2025-10-17',
    label: 'October 2025 border clashes',
    cues: [
      'October clashes',
      'border clashes',
      'Spin Boldak',
      'Kurram',
      'Bajaur',
      '48-hour ceasefire',
      '48-hour truce',
      'TTP chief',
      'Noor Wali Mehsud',
      'Kabul explosions',
      'cricketers killed',
      'Orakzai',
    ],
  },
  {
    id: '2025-10-doha-ceasefire',
    // Talks opened in Doha on Saturday 18 October; the truce was announced overnight.
    start: '2025-10-18',
    end: '2025-10-24',
    label: 'Doha ceasefire',
    kind: 'talks',
    cues: [
      'Doha',
      'Qatari mediation',
      'ceasefire agreement',
      'truce agreement',
      'signed a ceasefire',
      'immediate ceasefire',
    ],
  },
  {
    id: '2025-10-istanbul-talks',
    start: '2025-10-25',
    end: '2025-11-10',
    label: 'Istanbul talks',
    kind: 'talks',
    cues: [
      'Istanbul',
      'second round of talks',
      'monitoring mechanism',
      'talks collapsed',
      'talks broke down',
    ],
  },
  {
    id: '2026-02-weekend-strikes',
    start: '2026-02-21',
    end: '2026-02-25',
    label: 'Pakistani strikes of 21–22 February 2026',
    cues: [
      'weekend strikes',
      'strikes on Sunday',
      'last weekend',
      'previous weekend',
      'Nangarhar',
      'Paktika strikes',
    ],
  },
  {
    id: '2026-02-open-war',
    start: '2026-02-26',
    end: '2026-03-15',
    label: 'February 2026 "open war"',
    // Only words tied to this round: names and numbers recur in every round's background paragraphs.
    cues: [
      'open war',
      'all-out war',
      'Ghazab',
      'bombed Kabul',
      'strikes on Kabul',
      // Not "retaliatory operations": the Afghan side names its attacks so in every round.
      'Ahmed Sharif Chaudhry',
    ],
    aliases: [
      // Operation Ghazab lil-Haq as outlets spell it: spaces or hyphens, lil/li/ul/al, Haq or Haqq.
      'Ghazab[\\s-]*(?:lil|li|ul|al|e)?[\\s-]*Haqq?',
      'Operation\\s+[‘\'"“]?Ghazab',
      'غضب\\s*لل?حق',
      'Righteous\\s+Fury',
      '(?:Wrath|Fury)\\s+for\\s+(?:the\\s+)?(?:Justice|Truth|Righteousness)',
    ],
  },
  // Earlier rounds and follow-ups that real reporting covers (and recalls in
  // later stories). Each is its own episode: reports are joined within it and
  // never with the round before or after. Cues are only believed within the
  // episode's publication window (or with a day cue inside its span), so a
  // place named here that recurs in later rounds does not pull those in.
  // Older clashes list only words no later round shares (or places every
  // Chaman clash shares, which decide nothing alone): an undated report of
  // the current round must not be pulled back years by its place names.
  {
    id: '2015-06-angoor-adda-clash',
    // Troops on both sides exchanged fire at Angoor Adda (South Waziristan and
    // Paktika) on 30 June 2015; reported into early July.
    start: '2015-06-30',
    end: '2015-07-02',
    label: 'Angoor Adda clash, June 2015',
    cues: ['Angoor Adda', 'Angur Adda'],
  },
  {
    id: '2016-06-torkham-gate',
    // Afghan forces fired on the gate Pakistan was building at Torkham on the
    // evening of 12 June 2016; the firing ran for days and a Pakistani major
    // died of his wounds.
    start: '2016-06-12',
    end: '2016-06-16',
    label: 'Torkham gate clashes, June 2016',
    cues: ['Torkham gate', 'gate construction'],
  },
  {
    id: '2017-05-chaman-census',
    // Afghan forces fired on a census team and its escort in the villages by
    // Chaman on 5 May 2017; both sides' claims of the dead ran for days.
    start: '2017-05-05',
    end: '2017-05-08',
    label: 'Chaman census clash, May 2017',
    cues: ['Chaman', 'census team', 'census workers', 'census staff'],
  },
  {
    id: '2018-04-kurram-khost-clash',
    // Forces fought across the line between Kurram and Khost (Zazai Maidan)
    // from 15 April 2018; bodies were handed over two days later.
    start: '2018-04-15',
    end: '2018-04-17',
    label: 'Kurram and Khost border clash, April 2018',
    cues: ['Zazai Maidan'],
  },
  {
    id: '2020-07-chaman-shelling',
    // Shelling and firing at the crossing by Chaman and Spin Boldak on 30 July
    // 2020, as crowds waited for it to reopen for Eid.
    start: '2020-07-30',
    end: '2020-07-31',
    label: 'Chaman and Spin Boldak shelling, July 2020',
    cues: ['Chaman'],
  },
  {
    id: '2022-04-khost-kunar-strikes',
    // Pakistani air strikes in Khost and Kunar before dawn on 16 April 2022;
    // the death toll was revised over the following two days.
    start: '2022-04-16',
    end: '2022-04-18',
    label: 'Pakistani strikes in Khost and Kunar, April 2022',
    cues: ['Spera'],
  },
  {
    id: '2022-12-chaman-shelling',
    // Afghan forces shelled Chaman on 11 December 2022, killing civilians.
    start: '2022-12-11',
    end: '2022-12-13',
    label: 'Chaman shelling, December 2022',
    cues: ['Chaman'],
  },
  {
    id: '2022-12-chaman-second-shelling',
    // A second round of fire on Chaman four days later, on 15 December 2022.
    start: '2022-12-15',
    end: '2022-12-16',
    label: 'Second Chaman shelling, December 2022',
    cues: ['Chaman'],
  },
  {
    id: '2023-02-torkham-closure',
    // The Taliban shut Torkham on 19 February 2023 and the forces exchanged fire
    // there on the 20th; the crossing reopened days later.
    start: '2023-02-20',
    end: '2023-02-21',
    label: 'Torkham closure and firefight, February 2023',
    cues: ['Torkham'],
  },
  {
    id: '2023-09-chitral-torkham',
    // 6 September 2023: militants crossing from Kunar and Nuristan attacked posts
    // in Chitral (Kalash), and the same day Torkham closed after a firefight over
    // a structure being built on the Afghan side.
    start: '2023-09-06',
    end: '2023-09-12',
    label: 'Chitral attack and Torkham firefight, September 2023',
    cues: ['Chitral', 'Kalash', 'Kalasha', 'Torkham', 'bunker'],
  },
  {
    id: '2024-03-khost-paktika-strikes',
    // Pakistani strikes in Khost and Paktika before dawn on 18 March 2024, two
    // days after the Mir Ali attack; the Afghan forces' fire on border posts followed.
    start: '2024-03-18',
    end: '2024-03-18',
    label: 'Pakistani strikes in Khost and Paktika, March 2024',
    cues: ['Khost', 'Paktika', 'Mir Ali', 'Bermal', 'Barmal'],
  },
  {
    id: '2024-09-kurram-clash',
    // Afghan forces attacked a post near Kurram early on Saturday 7 September 2024;
    // reported over the following days from security sources.
    start: '2024-09-07',
    end: '2024-09-08',
    label: 'Kurram border clash, September 2024',
    cues: ['Kurram', 'Palosin'],
  },
  {
    id: '2024-12-paktika-strikes',
    // Pakistani air strikes on Barmal district (Paktika) on the night of 24 December 2024.
    start: '2024-12-24',
    end: '2024-12-25',
    label: 'Pakistani strikes in Paktika, December 2024',
    cues: ['Paktika', 'Barmal', 'Bermal', 'Waziristani refugees'],
  },
  {
    id: '2024-12-kurram-retaliation',
    // The Afghan forces' retaliation on Saturday 28 December 2024 at posts in
    // Upper Kurram and beyond "the hypothetical line": days after the Paktika
    // strikes, but a different episode (fighting on the border, not air strikes).
    start: '2024-12-28',
    end: '2025-01-03',
    label: 'Border clashes after the Paktika strikes, December 2024',
    cues: ['Upper Kurram', 'hypothetical line', 'Dand-e-Patan', 'Dand Patan'],
  },
  {
    id: '2025-03-torkham-firefight',
    // Torkham shut from late February 2025 over a structure on the Afghan side;
    // the forces exchanged fire there overnight into 3 March.
    start: '2025-03-03',
    end: '2025-03-10',
    label: 'Torkham firefight, March 2025',
    cues: ['Torkham'],
  },
  {
    id: '2025-10-kabul-strikes',
    // The strikes on Kabul and Paktika on the night of 9 October 2025 aimed at
    // the TTP's leader; the Afghan forces' attacks of 11 October answered them,
    // so reports of the strikes (published 10 October) are their own episode.
    start: '2025-10-09',
    end: '2025-10-10',
    label: 'Pakistani strikes on Kabul, 9 October 2025',
    // "Strikes on Kabul" also names the 2026 round: listed in both, it decides neither alone.
    cues: [
      'Noor Wali Mehsud',
      'TTP chief',
      'Kabul explosions',
      'explosions in Kabul',
      'Abdul Haq',
      'bombed Kabul',
      'strikes on Kabul',
    ],
  },
  {
    id: '2025-10-infiltration-clashes',
    // Infiltration attempts in Kurram and North Waziristan on 24 and 25 October
    // 2025, reported while the Istanbul talks were on: fighting, not the talks.
    start: '2025-10-24',
    end: '2025-10-25',
    label: 'Infiltration clashes during the Istanbul talks, October 2025',
    cues: ['infiltration', 'infiltrate', 'Ghaki', 'Spinwam'],
  },
  {
    id: '2025-11-khost-strike',
    // The strike on a house in Khost (Gurbuz) on the night of 24–25 November
    // 2025, with strikes in Kunar and Paktika, after the Peshawar attack.
    start: '2025-11-24',
    end: '2025-11-25',
    label: 'Pakistani strike in Khost, November 2025',
    cues: ['Khost', 'Gurbuz', 'Gerbaz', 'Kunar and Paktika'],
  },
  {
    id: '2025-12-chaman-clash',
    // Fire exchanged overnight into Saturday 6 December 2025 between Chaman and
    // Spin Boldak, the first breach of the October truce reported with deaths.
    start: '2025-12-05',
    end: '2025-12-06',
    label: 'Chaman and Spin Boldak clash, December 2025',
    cues: ['Chaman'],
  },
  {
    id: '2025-12-riyadh-talks',
    // A round of talks hosted by Saudi Arabia, ended without agreement on Sunday 7 December 2025.
    start: '2025-12-07',
    end: '2025-12-10',
    label: 'Riyadh talks, December 2025',
    kind: 'talks',
    cues: ['Riyadh talks', 'talks in Riyadh', 'Saudi-hosted'],
  },
]);
