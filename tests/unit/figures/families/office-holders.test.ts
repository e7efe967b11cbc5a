/**
 * Family: office holders named beside their role. A role and the name in apposition to it ("the
 * army spokesman, Ali Karimi,") are one speaker, so a later bare surname or "he" takes the role's
 * party; a state's office holder named after it ("Kabul's defence spokesman Ali Karimi") is a
 * person "he" refers to, not the country; and the words after "told" are the listener, never
 * the speaker, when a speaker noun stands before the verb. Every sentence was written for this
 * table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a surname later takes the party of the role it was named with',
    'Shelling hit Kurram overnight, the army spokesman, Tariq Baig, said.\n\nNine soldiers have been wounded so far, Baig said.',
    9,
    { claimant: 'pakistan', claimantName: 'Tariq Baig' },
  ],
  [
    'a surname later takes the party placed for an unnamed local role',
    'Rockets landed in Dangam district of Kunar province, the district governor’s spokesman, Noor Agha Safi, said. Six civilians were hurt, Safi added.',
    6,
    { claimant: 'afghanistan' },
  ],
  [
    '"he" after a state’s office holder named in full refers to that person',
    'Pakistan’s foreign ministry spokeswoman Sadia Rauf said a patrol came under fire. "Four of our soldiers were martyred," she said.',
    4,
    { claimant: 'pakistan' },
  ],
  [
    'a later surname after a state’s office holder named in full',
    'Afghanistan’s border forces commander Habib Noori said the raid began at dawn.\n\nNoori said that 14 Pakistani troops had been killed.',
    14,
    { claimant: 'afghanistan' },
  ],
  [
    '"told <outlet>": the role before the verb speaks, not the outlet after it',
    'Troops in Kunar came under heavy fire, and 40 shells fell on Wednesday, the provincial police chief, Karim Sadat, told a local radio station.',
    40,
    { claimant: 'afghanistan' },
  ],
  [
    'a district chief speaks for the side the district lies on',
    'The district chief of Dand-e-Patan, Gul Wali, said 15 people were killed in the overnight strikes.',
    15,
    { claimant: 'afghanistan' },
  ],
  [
    'a chief named before the place and name',
    'Angoor Adda police chief Saleem Khan said 3 soldiers were wounded in the firing from across the border.',
    3,
    { claimant: 'pakistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a surname never introduced with a role stays unattributed',
    'Shelling hit Kurram overnight.\n\nNine soldiers have been wounded so far, Baig said.',
    9,
    { claimant: null },
  ],
  [
    'a country speaking with no office holder named is not a person for "she"',
    'Pakistan said its troops came under fire. A resident, Sana Gul, spoke to reporters. "Four houses burned," she said.',
    4,
    { claimant: null },
  ],
  [
    'a chief of no placed body gives no party',
    'The chief of the relief committee said 21 families received tents.',
    21,
    { claimant: null },
  ],
  [
    '"told <outlet>" after a bare unknown name gives no party',
    'Six houses were destroyed in the shelling, Gul Zaman told a radio station.',
    6,
    { claimant: null },
  ],
];

describe('family: office holders named beside their role', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/** Unnamed officials do not take up a third party's account given just before them. */
const OFFICIALS_AFTER_WITNESSES: [string, string, number, Want][] = [
  [
    'officials after witnesses are not the witnesses',
    'Witnesses near the crossing said gunmen had gathered on the ridge. Nine people were killed in the fighting on Monday, according to officials.',
    9,
    { claimant: null },
  ],
  [
    'negative: "the official" after a third country’s official is that official',
    'An Iranian official said the talks would resume. Nine people were killed at the border post, the official added.',
    9,
    { claimant: 'other' },
  ],
  [
    'negative: "he" still takes up a witness',
    'A shopkeeper, Wali Jan, said the shells fell at dawn. Nine people were killed, he said.',
    9,
    { claimant: 'other' },
  ],
];

describe('family: unnamed officials after a third party', () => {
  it.each(OFFICIALS_AFTER_WITNESSES)('%s', (_name, text, value, want) =>
    expectFigure(text, value, want),
  );
});
