import { describe, expect, it } from 'vitest';
import { nextLook } from '../../../lib/page/next-look';

const A = 'https://news.example/world/first-story';
const B = 'https://news.example/world/second-story';

describe('nextLook', () => {
  it('gates a freshly loaded page its title does not rule out', () => {
    expect(nextLook(undefined, A, true)).toEqual({ action: 'gate', navigated: false });
  });

  it('runs nothing in a freshly loaded page its title rules out', () => {
    expect(nextLook(undefined, A, false)).toEqual({ action: 'rule-out', navigated: false });
  });

  it('gates an address once, whatever the title does afterwards', () => {
    expect(nextLook({ url: A, ruledOut: false }, A, true).action).toBe('none');
    expect(nextLook({ url: A, ruledOut: false }, A, false).action).toBe('none');
  });

  it('looks again at a ruled-out address once a later title no longer rules it out', () => {
    expect(nextLook({ url: A, ruledOut: true }, A, false).action).toBe('none');
    expect(nextLook({ url: A, ruledOut: true }, A, true)).toEqual({
      action: 'gate',
      navigated: false,
    });
  });

  it('treats a new address without a load as a navigation, gated or ruled out', () => {
    expect(nextLook({ url: A, ruledOut: false }, B, true)).toEqual({
      action: 'gate',
      navigated: true,
    });
    expect(nextLook({ url: A, ruledOut: true }, B, false)).toEqual({
      action: 'rule-out',
      navigated: true,
    });
  });
});
