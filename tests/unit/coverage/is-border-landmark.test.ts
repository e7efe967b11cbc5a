import { describe, expect, it } from 'vitest';
import { isBorderLandmark } from '../../../lib/coverage/is-border-landmark';

const at = (text: string, word: string): boolean => isBorderLandmark(text, text.indexOf(word));

describe('a country named only as the edge of a place', () => {
  it.each([
    [
      'a district near the border',
      'operations in the tribal districts near the Afghan border',
      'Afghan',
      true,
    ],
    [
      'an outpost along the border',
      'a post along the Pakistani border in Nangarhar',
      'Pakistani',
      true,
    ],
    ['a town on the frontier', 'a town on the Afghan frontier', 'Afghan', true],
    [
      'the border guards are a party',
      'clashes near the Afghan border forces post',
      'Afghan',
      false,
    ],
    [
      'posts on the border belong to a side',
      'shells landed on the Afghan border posts',
      'Afghan',
      false,
    ],
    [
      'crossing the border is not a landmark',
      'fighters crossed the Afghan border at night',
      'Afghan',
      false,
    ],
    ['the country itself, not its border', 'strikes near the Afghan capital', 'Afghan', false],
    ['both countries as one border', 'a raid foiled on the Pak-Afghan border', 'Afghan', true],
    [
      'a region bordering the country',
      'in the northwest bordering Afghanistan',
      'Afghanistan',
      true,
    ],
    [
      'a pair border crossed',
      'trying to infiltrate the Pakistan-Afghanistan border',
      'Pakistan',
      true,
    ],
    ['a pair border that is fought over', 'the Pak-Afghan border clashes', 'Afghan', false],
    [
      'a province that shares a long border with the country',
      'a province that shares a long border with Afghanistan saw raids',
      'Afghanistan',
      true,
    ],
    [
      'a province that borders the country',
      'in the province, which borders Afghanistan',
      'Afghanistan',
      true,
    ],
    [
      'sharing a border is not sharing a war',
      'Pakistan shares intelligence with Afghanistan on the raids',
      'Afghanistan',
      false,
    ],
    [
      'the border "with" the country, named after it',
      'clashes in Bajaur along the border with Afghanistan',
      'Afghanistan',
      true,
    ],
    [
      'a district "bordering" the country',
      'an operation in the district bordering Afghanistan',
      'Afghanistan',
      true,
    ],
    [
      'fighting "with" the country is a party, not a landmark',
      'clashes with Afghanistan along the border',
      'Afghanistan',
      false,
    ],
  ])('%s', (_name, text, word, expected) => {
    expect(at(text, word)).toBe(expected);
  });
});
