/** What the background last decided for a tab: the address, and whether its title ruled it out. */
export interface LastLook {
  url: string;
  ruledOut: boolean;
}

export interface NextLook {
  /** none: already looked at; rule-out: nothing runs in the page; gate: run the gate there. */
  action: 'none' | 'rule-out' | 'gate';
  /** The tab moved to another address without a load (a single-page site): the last verdict must go. */
  navigated: boolean;
}

/**
 * The background's decision when a tab on a covered site reports a change
 * (finished loading, new address, new title). Each address is gated at most
 * once; one its title ruled out is looked at again when a later title no
 * longer does (single-page sites often set the title after the address).
 *
 * @example nextLook(undefined, 'https://a.example/x', true) // { action: 'gate', navigated: false }
 */
export function nextLook(last: LastLook | undefined, url: string, mayCover: boolean): NextLook {
  if (last?.url === url) {
    return { action: last.ruledOut && mayCover ? 'gate' : 'none', navigated: false };
  }
  return { action: mayCover ? 'gate' : 'rule-out', navigated: last !== undefined };
}
