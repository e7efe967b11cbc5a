import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures';
import { notFigureRule, type NotFigureRule } from '../../../lib/figures/is-figure-candidate';
import { findNumbers } from '../../../lib/figures/parse-number';
import type { Measure } from '../../../lib/types';

/** [text, the number's text, counted words after it, measure, rule or null for a figure] */
type Row = [string, string, string[], Measure, NotFigureRule | null];

function ruleFor(text: string, phrase: string, words: string[], measure: Measure) {
  const number = findNumbers(text).find((n) => n.text === phrase);
  if (!number) throw new Error(`"${phrase}" is not read in "${text}"`);
  return notFigureRule({ text, number, words, measure });
}

// Each block pairs numbers that are not figures with look-alikes that are.
describe('notFigureRule', () => {
  it.each<Row>([
    // layout: list markers and the linked headlines under them, tickers
    ['Top stories\n3\nCity budget of $40M passes', '3', [], 'other', 'numbered-list'],
    ['Top stories\n3\nCity budget of $40M passes', '$40M', [], 'other', 'numbered-list'],
    ['Shares\n1.3K\nThe strikes hit 40 homes.', '40', ['homes'], 'other', null],
    // a counter above the story's first paragraph is no list marker: 0 starts no list, and a
    // paragraph ending in a full stop is no linked headline
    [
      'Headline\n0\nShelling hit 40 homes on Monday, officials said.',
      '40',
      ['homes'],
      'other',
      null,
    ],
    [
      'Headline\n12\nShelling hit 40 homes on Monday, officials said.',
      '40',
      ['homes'],
      'other',
      null,
    ],
    ['Read more: 12 killed in a blast\nText', '12', [], 'killed', 'link-box'],
    ['He read more: 12 reports came in', '12', ['reports'], 'other', null],
    ['Image 3 of 12\nText', '3', [], 'other', 'gallery-count'],
    ['Image 3 of 12\nText', '12', [], 'other', 'gallery-count'],
    ['Slide 1 / 2\nText', '1', [], 'other', 'gallery-count'],
    ['Reply 1500 / 1500 left\nText', '1500', [], 'other', 'gallery-count'],
    ['Characters count: 1009\nText', '1009', [], 'other', 'gallery-count'],
    ['[ad_1]\nText', '1', [], 'other', 'gallery-count'],
    ['Tally: 12 dead / 30 hurt\nText', '12', ['dead'], 'killed', null],
    ['jets hit 3 of 12 camps', '3', [], 'other', null],
    ['KSE 81.20 Up By \u25b2 0.40 (0.5%)', '81.20', [], 'other', 'ticker'],
    ['Prices rose 0.5% on Monday.', '0.5%', [], 'other', null],
    ['Text size \u2212 18 px +', '18', ['px'], 'other', 'typography'],
    ['Follow us: 1.2M followers', '1.2M', ['followers'], 'other', 'engagement-count'],
    ['the strike left 12 craters', '12', ['craters'], 'other', null],
    ['the clash that ended in 3', '3', [], 'other', 'cut-off'],
    ['the clash that ended in 3 deaths.', '3', ['deaths'], 'killed', null],
    ['the death toll rose to 31', '31', [], 'killed', null],
    // another script: its counted noun cannot be read
    [
      '\u0627\u0633 \u062d\u0645\u0644\u06d2 \u0645\u06cc\u06ba 9 \u0627\u0641\u0631\u0627\u062f',
      '9',
      [],
      'other',
      'other-script',
    ],
    ['In Kabul 9 people died.', '9', ['people'], 'killed', null],
    // the two parties of the conflict
    ['talks between the two countries resumed', 'two', ['countries'], 'other', 'both-parties'],
    ['trade between the two neighbours fell', 'two', ['neighbours'], 'killed', 'both-parties'],
    ['it hurt the trade of two nations', 'two', ['nations'], 'other', 'both-parties'],
    // the pair that meets or quarrels, with its article; a count of leaders has none
    ['the two foreign ministers met', 'two', ['foreign', 'ministers'], 'other', 'both-parties'],
    ['the two former allies traded fire', 'two', ['former', 'allies'], 'other', 'both-parties'],
    ['two Taliban leaders were killed', 'two', ['taliban', 'leaders'], 'killed', null],
    // a single unnamed source introduced is no count; one of them hurt is
    ['One villager recalled the night of shelling.', 'One', ['villager'], 'other', 'single-source'],
    ['One elder said the shells came at dawn.', 'One', ['elder'], 'other', 'single-source'],
    ['One villager was hurt in the shelling.', 'One', ['villager'], 'wounded', null],
    ['envoys of two other states joined', 'two', ['other', 'states'], 'other', null],
    ['the army lost two soldiers', 'two', ['soldiers'], 'killed', null],
    ['traders use two main routes', 'two', ['main', 'routes'], 'other', null],
    // the two armies as the two parties, not a count of them
    [
      'a flag meeting between the two forces calmed things',
      'two',
      ['forces'],
      'other',
      'both-parties',
    ],
    ['the guns of the two forces fell silent', 'two', ['forces'], 'other', 'both-parties'],
    [
      'Two Pakistani security forces died in the raid',
      'Two',
      ['pakistani', 'security', 'forces'],
      'killed',
      null,
    ],
    ['the two forces personnel were hurt', 'two', ['forces', 'personnel'], 'wounded', null],
    ['raiders killed two forces members', 'two', ['forces', 'members'], 'killed', null],
    // items of a list-style piece
    ['Border shelling resumes: Top 8 Developments', '8', ['developments'], 'killed', 'listicle'],
    ['These are the 6 key takeaways so far:', '6', ['key', 'takeaways'], 'other', 'listicle'],
    ['Villages hit as clashes go on | 4 points', '4', ['points'], 'killed', 'listicle'],
    ['troops attacked 4 points along the border', '4', ['points'], 'posts', null],
    ['there were 7 developments in the talks', '7', ['developments'], 'other', 'listicle'],
    ['Most Read\nTop 5 This Week\nText', '5', [], 'other', 'listicle'],
    ['Top 4 shared stories\nText', '4', ['shared', 'stories'], 'other', 'listicle'],
    ['Top 2 commanders among dead', '2', ['commanders'], 'killed', null],
    ['the strike hit the top 3 floors of the depot', '3', ['floors'], 'other', null],
    ['the strike killed 7 people as talks stalled', '7', ['people'], 'killed', null],
    // other stories' headlines in a strip, and sign-up boxes
    [
      'Storm floods coastal towns overnight | Bank raises rates again for 3 months | Star quits club after long row',
      '3 months',
      [],
      'other',
      'headline-strip',
    ],
    ['Bank raises rates again for 3 months after the vote', '3 months', [], 'other', null],
    ['| Team | Won | Lost |\n| Home | 3 | 1 |', '3', [], 'other', null],
    ['Sign up for our morning newsletter. It is 100% free!', '100%', [], 'other', 'subscribe-box'],
    ['Officials said 100% of the border trade had stopped.', '100%', [], 'other', null],
    // a set named by rank, not a count
    ['goods move by the two main routes', 'two', ['main', 'routes'], 'other', 'ranked-set'],
    ['one of its three largest towns', 'three', ['largest', 'towns'], 'other', 'ranked-set'],
    ['one of two main routes', 'two', ['main', 'routes'], 'other', 'ranked-set'],
    ['troops took the two main posts', 'two', ['main', 'posts'], 'posts', null],
    // vague amounts beyond the contract's spans
    ['thousands of families fled', 'thousands', ['families'], 'other', 'vague-beyond-hundreds'],
    ['hundreds of families fled', 'hundreds', ['families'], 'other', null],
    ['several border crossings shut', 'several', ['border', 'crossings'], 'other', null],
    ['a few crossings shut', 'a few', ['crossings'], 'other', 'few'],
    ['a handful of guards died', 'a handful', ['of', 'guards'], 'killed', 'few'],
    ['several guards died', 'several', ['guards'], 'killed', null],
    ['they met several times', 'several', [], 'other', 'no-counted-thing'],
    // "one", "two" as words rather than counts
    ['one family lost 18 members', 'one', ['family'], 'killed', 'collective-one'],
    ['one villager said the jets came at night', 'one', ['villager'], 'other', 'single-source'],
    ['half of them fled', 'half', [], 'other', 'no-counted-thing'],
    ['two powerful blasts shook the city', 'two', ['powerful', 'blasts'], 'other', null],
    ['there are two ways to read it', 'two', ['ways'], 'other', 'no-counted-thing'],
    // durations: a point in time or a calendar period is not a checkable span
    ['fighting began two days after the blasts', 'two days', [], 'other', 'relative-date'],
    [
      'the crossing stayed shut nearly four weeks after it closed',
      'nearly four weeks',
      [],
      'other',
      null,
    ],
    ['the truce lasted two days', 'two days', [], 'other', null],
    [
      'in the last three months of 2025 strikes rose',
      'three months',
      [],
      'other',
      'calendar-period',
    ],
    ['three months of fighting', 'three months', [], 'other', null],
  ])('%s (%s)', (text, phrase, words, measure, rule) => {
    expect(ruleFor(text, phrase, words, measure)).toBe(rule);
  });
});

describe('extractFigures applies the rules', () => {
  it('keeps counts of things and drops the two parties', () => {
    const f = extractFigures(
      'Two large blasts hit the city as fighting between the two countries went on, and several crossings shut.',
    );
    // The phrase's end is the extractor's business; what matters here is which numbers are kept.
    expect(f.map((x) => [x.text.split(' ')[0], x.value, x.upper])).toEqual([
      ['Two', 2, null],
      ['several', 3, 9],
    ]);
  });

  it('reads nothing in a numbered sidebar of other stories', () => {
    const f = extractFigures(
      'Jets struck 12 camps, the army said.\n\nMore news\n1\nCouncil votes on $90M stadium\n2\nSchool reopens after 3 weeks',
    );
    expect(f.map((x) => x.value)).toEqual([12]);
  });
});
