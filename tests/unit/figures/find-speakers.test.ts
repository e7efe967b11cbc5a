import { describe, expect, it } from 'vitest';
import { attributionAt, findSpeakers, placeSide } from '../../../lib/figures/find-speakers';
import { splitSentences } from '../../../lib/figures/split-sentences';

/** Claimant and name of the sentence holding `needle`, as a figure there would get it. */
function speakerAt(text: string, needle: string): { claimant: string | null; name: string | null } {
  const spans = splitSentences(text);
  const speakers = findSpeakers(text, spans);
  const at = text.indexOf(needle);
  const k = spans.findIndex((s) => s.start <= at && at < s.end);
  const a = attributionAt(speakers[k]!, at);
  return { claimant: a.claimant, name: a.name };
}

describe('findSpeakers', () => {
  it.each([
    ['Zabihullah Mujahid said the border was calm.', 'border', 'afghanistan', 'Zabihullah Mujahid'],
    ['The border was calm, said the ISPR.', 'border', 'pakistan', 'ISPR'],
    ['The border was calm, according to UNAMA.', 'border', 'un', 'UNAMA'],
    ['Doctors at the hospital said the wards were full.', 'wards', 'other', null],
    ['The shops stayed shut.', 'shops', null, null],
    ['Mujahid spoke in Kabul. He said the roads were open.', 'roads', 'afghanistan', 'Mujahid'],
    ['Pakistani officials said the crossing would reopen.', 'crossing', 'pakistan', null],
    [
      '\u201cWe are ready. We will talk,\u201d Khawaja Asif said.',
      'ready',
      'pakistan',
      'Khawaja Asif',
    ],
  ])('%s', (text, needle, claimant, name) => {
    const got = speakerAt(text, needle);
    expect(got.claimant).toBe(claimant);
    if (name !== null) expect(got.name).toBe(name);
  });

  it('gives each part of a sentence its own speaker', () => {
    const text = 'Islamabad says the raids worked; Kabul says they failed.';
    expect(speakerAt(text, 'raids').claimant).toBe('pakistan');
    expect(speakerAt(text, 'failed').claimant).toBe('afghanistan');
  });

  it('does not carry a speaker into a new paragraph without a reference', () => {
    expect(
      speakerAt('Mujahid said talks would go on.\n\nThe markets reopened on Monday.', 'markets')
        .claimant,
    ).toBeNull();
  });
});

describe('placeSide', () => {
  it.each([
    ['strikes in Khost and Paktika', 'afghanistan'],
    ['shelling in Bajaur district', 'pakistan'],
    ['a quiet day', null],
  ])('%s', (text, side) => {
    expect(placeSide(text)).toBe(side);
  });

  it('prefers the place nearest the offset', () => {
    const text = 'ISLAMABAD — the toll in Paktika rose';
    expect(placeSide(text, text.indexOf('rose'))).toBe('afghanistan');
  });
});
