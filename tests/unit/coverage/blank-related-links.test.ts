import { describe, expect, it } from 'vitest';
import { blankRelatedLinks } from '../../../lib/coverage/blank-related-links';

describe('blankRelatedLinks', () => {
  // Links to other stories: blanked to the end of their sentence or line, offsets kept.
  it.each([
    [
      'a link on its own line',
      'ALSO READ: Strikes hit Khost overnight\nThe board met on Monday.',
      'The board met on Monday.',
    ],
    [
      'a link running into the story, up to the first full stop',
      'Read more: Kabul says it will respond The series goes ahead in May. Tickets are on sale.',
      'Tickets are on sale.',
    ],
    ['a link after a bar', 'Related | Border posts shelled\nTrade resumed.', 'Trade resumed.'],
    [
      'a link labelled "read this also"',
      'Read this also: Saudi Arabia sends 9000 troops\nThe border stayed shut.',
      'The border stayed shut.',
    ],
    [
      'a link in the middle of a page',
      'Talks begin.\nSee also: Envoys meet in Doha.\nEnd.',
      'End.',
    ],
  ])('blanks %s', (_name, text, kept) => {
    const out = blankRelatedLinks(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim().endsWith(kept)).toBe(true);
    expect(out).not.toMatch(/read|related|see also/i);
  });

  // Prose that only uses the words.
  it.each([
    [
      '"read more" in a sentence',
      'Residents can read more about the shelters on the council site.',
    ],
    ['"related" as an adjective', 'Deaths related to the shelling rose to nine, officials said.'],
    ['"recommended" as a verb', 'The committee recommended that the crossing reopen.'],
  ])('leaves %s alone', (_name, text) => {
    expect(blankRelatedLinks(text)).toBe(text);
  });
});
