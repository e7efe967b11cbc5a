import { describe, expect, it } from 'vitest';
import { conflictTerms } from '../../../lib/coverage/conflict-terms';

const cuesIn = (text: string): string[] =>
  conflictTerms('english')
    .cues.find(text)
    .map((h) => h.name);

describe('words of fighting between the two', () => {
  it.each([
    ['crossfire', 'Crossfire on the border killed a guard.'],
    ['cross-fire, hyphenated', 'A guard died in cross-fire at the gate.'],
    ['an artillery exchange', 'The artillery exchange went on for hours.'],
    ['mortar duels', 'Mortar duels followed the night raid.'],
  ])('%s is a clash', (_name, text) => {
    expect(cuesIn(text)).toContain('clashes');
  });

  it.each([
    ['a truce alone is no clash', 'The elders agreed a ceasefire.'],
    ['fire as in a blaze', 'A fire broke out in the market.'],
  ])('%s', (_name, text) => {
    expect(cuesIn(text)).not.toContain('clashes');
  });
});

describe('posts taken or destroyed are words of the fight', () => {
  it.each([
    ['posts that were destroyed', 'He said 61 posts were destroyed overnight.'],
    ['captured with the posts after', 'Troops captured three more border outposts.'],
  ])('%s', (_name, text) => {
    expect(cuesIn(text)).toContain('military');
  });

  it('a job posted is not', () => {
    expect(cuesIn('The ministry posted two jobs online.')).not.toContain('military');
  });
});

describe('deaths told with "died" are casualties', () => {
  it.each([
    ['soldiers who died', 'Two soldiers died when the post was shelled.'],
    ['soldiers who embraced martyrdom', 'Four soldiers embraced martyrdom in the exchange.'],
    ['fighters neutralised', 'Over 50 fighters were neutralised overnight.'],
  ])('%s', (_name, text) => {
    expect(cuesIn(text)).toContain('casualties');
  });
});

describe('a warplane downed is air war', () => {
  it.each([
    ['a jet shot down by one side', 'Afghan forces said they shot down a Pakistani fighter jet.'],
    ['a jet being shot down', 'The ministry denied a jet was shot down over Nangarhar.'],
    ['a helicopter brought down', 'A helicopter was brought down near the border.'],
  ])('%s', (_name, text) => {
    expect(cuesIn(text)).toContain('airstrikes');
  });

  it('a proposal shot down is no air war', () => {
    expect(cuesIn('The senate shot down the proposal on Monday.')).not.toContain('airstrikes');
  });
});

const familiesIn = (text: string): string[] =>
  conflictTerms('english')
    .negatives.find(text)
    .map((h) => h.name);

describe('street protests are a family of their own', () => {
  it.each([
    ['protests breaking out', 'Fresh protests broke out in the bazaar on Sunday.'],
    ['protests going on for weeks', 'Protests have been ongoing at the crossing since spring.'],
    ['weeks-long protests', 'The weeks-long protests have shut the market.'],
  ])('%s', (_name, text) => {
    expect(familiesIn(text)).toContain('protests');
  });

  it.each([
    ['a formal protest', 'Kabul lodged a strong protest with the Pakistani envoy.'],
    ['protests over strikes by a government', 'Afghanistan protests the air strikes on Khost.'],
  ])('%s is not', (_name, text) => {
    expect(familiesIn(text)).not.toContain('protests');
  });
});
