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
      'retaliatory operations',
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
]);
