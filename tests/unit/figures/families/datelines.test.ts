/**
 * A dateline ("KABUL —", "ISLAMABAD, Oct 12 (AP) -") says where the reporter files from, not
 * where the harm happened: a place the sentence itself names decides whose civilians were hit.
 * Beside them, sentences whose only place is the dateline, or whose place agrees with it. Every
 * sentence was written for this test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a Kabul dateline, harm in a Pakistani district',
    'KABUL, May 3 (Reuters) - Two civilians died after a shell fell on a farm in Kurram district.',
    2,
    { measure: 'killed', subject: 'pakistani-civilians' },
  ],
  [
    'an Islamabad dateline, harm in an Afghan district',
    'ISLAMABAD — Four civilians were hurt when rockets landed on homes in Spin Boldak.',
    4,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'an agency dateline, the place after the verb',
    'ISLAMABAD (AP) — Six children were among nine civilians killed when mortars hit a school in Kunar.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'the dateline alone still places the civilians',
    'KABUL — Three civilians were hurt in a blast on the city’s outskirts.',
    3,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'a place that agrees with the dateline',
    'PESHAWAR — Mortar fire wounded five civilians in Bajaur on Monday.',
    5,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
];

describe('datelines: the place of the harm decides', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

describe('civilians with no place in their paragraph: the scene named before', () => {
  it('the last place the story named, paragraphs back', () =>
    expectFigure(
      'Mortars fell on farms in Dangam and across Kunar for a week.\n\nResidents fled their homes.\n\nEight civilians have died and 20 more were hurt, a doctor said.',
      8,
      { measure: 'killed', subject: 'afghan-civilians' },
    ));

  it('"on its side" names the speaker’s own civilians, whatever was counted before', () =>
    expectFigure(
      'Shells hit homes in Khost, killing 11 civilians, Kabul said.\n\nThe Pakistani army said three civilians were hurt on its side of the border.',
      3,
      { measure: 'wounded', subject: 'pakistani-civilians' },
    ));

  it('no place anywhere leaves the side unstated', () =>
    expectFigure('Nine civilians were hurt, a doctor said.', 9, {
      measure: 'wounded',
      subject: 'civilians',
    }));
});

describe('unnamed officials at the end of a long dateline lead', () => {
  it("the lead's opening subject and the dateline place them, however far back", () =>
    expectFigure(
      'ISLAMABAD (AP) — Pakistan’s air force, with drones and long-range guns in support, hit several more army bases in eastern Afghanistan through the night and into Sunday morning, killing at least 90 Afghan troops in the widening border war, a government spokesman and officials said.',
      90,
      { claimant: 'pakistan' },
    ));

  it('negative: a short lead with the harm placed on one side keeps the local officials there', () =>
    expectFigure(
      'ISLAMABAD (AP) — A mortar round hit a house in Khost, killing four children, local officials said.',
      4,
      { claimant: 'afghanistan' },
    ));
});
