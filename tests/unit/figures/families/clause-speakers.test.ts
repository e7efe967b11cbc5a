/**
 * Family: who speaks inside a clause that names another party first. A
 * pronoun right before a reporting verb ("strikes that they say killed nine")
 * is the subject of that verb: the speaker of the sentence so far, not the
 * party the clause names before it. A source cited with a "that" clause
 * ("one channel citing the information ministry that …") speaks for it with
 * no reporting verb before "citing", and "the Ministry of X" is a source.
 * Speech told with its mood ("he vented", "she lamented") reports. Beside
 * each, sentences of the same shape where the speaker stays another. Every
 * sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a pronoun after "that" speaks for the accuser, not the accused',
    'Kabul accused Islamabad of night raids in Paktia that they say killed eleven villagers.',
    11,
    { claimant: 'afghanistan' },
  ],
  [
    'the same with the other side accusing',
    'Pakistani officials accused Kabul of rocket fire on Chaman that they say wounded 14 soldiers.',
    14,
    { claimant: 'pakistan' },
  ],
  [
    'a channel citing a ministry with a "that" clause and no reporting verb',
    'Private channels repeated the claim, one of them citing Pakistan\u2019s Ministry of Information that nine hideouts were hit.',
    9,
    { claimant: 'pakistan' },
  ],
  [
    'a verb of speech with its mood still reports',
    'Mujahid spoke of the raids on Khost. \u2018Twenty civilians, most of them children, died,\u2019 he lamented on X.',
    20,
    { claimant: 'afghanistan' },
  ],
  [
    '"decried" like "condemned" gives the protester\u2019s account',
    'The Taliban decried the shelling that killed six civilians in Kunar.',
    6,
    { claimant: 'afghanistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a pronoun with no speaker before it in its sentence does not take the party it follows',
    'Afghan forces struck posts along six districts, in what it called a reply to earlier raids.',
    6,
    { claimant: null },
  ],
  [
    'a relative clause\u2019s pronoun after a party that only acted keeps the clause subject',
    'The Taliban took responsibility for the raids, which they said killed 13 Pakistani soldiers.',
    13,
    { claimant: 'afghanistan' },
  ],
  [
    'citing a reason, not a source, with "that" after it',
    'The airline halted flights, citing fears that 12 more strikes could follow.',
    12,
    { claimant: null },
  ],
  [
    'a pronoun as the object of the clause, not before the verb, names no speaker',
    'Witnesses said they saw 15 trucks cross before the gate shut.',
    15,
    { claimant: 'other' },
  ],
];

describe('family: speakers inside clauses that name another party', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});
