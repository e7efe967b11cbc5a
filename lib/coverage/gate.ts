import type { GateResult } from '../types';

/** PLACEHOLDER until the coverage work lands: both countries and a conflict word. */
export function gate(input: { title: string; meta: string; text: string }): GateResult {
  const all = `${input.title}\n${input.meta}\n${input.text}`;
  const signals = ['Pakistan', 'Afghan', 'Taliban', 'border', 'strike', 'clash'].filter((w) =>
    new RegExp(w, 'i').test(all),
  );
  const passed = /pakistan/i.test(all) && /afghan|taliban|kabul/i.test(all) && signals.length >= 4;
  return { passed, score: signals.length / 6, signals };
}
