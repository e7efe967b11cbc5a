import type { GateResult } from '../types';
import { GATE_CONFIG } from './config';
import { GATE_TERMS } from './gate-terms';

// Four precompiled regexes, tested once each: the gate runs on every page
// load of every listed news site, so it must cost well under a millisecond.
const edge = (src: string): RegExp => new RegExp(`\\b(?:${src})\\b`, 'i');
const PK = edge(GATE_TERMS.pakistan);
const AF = edge(GATE_TERMS.afghanistan);
const CUE = edge(GATE_TERMS.conflict);
const EPISODE = edge(GATE_TERMS.episode);

/**
 * The cheap first look at a page: does it name Pakistan's side, Afghanistan's
 * side and something about fighting or diplomacy? Tuned for recall: a page
 * that passes gets the full analysis; one that fails is never looked at again.
 *
 * @example gate({ title: 'Pakistan strikes Kabul', meta: '', text: 'Afghan forces…' }).passed // true
 */
export function gate(input: { title: string; meta: string; text: string }): GateResult {
  const all = `${input.title}\n${input.meta}\n${input.text.slice(0, GATE_CONFIG.maxTextChars)}`;
  const signals: string[] = [];
  const pk = PK.exec(all);
  const af = AF.exec(all);
  const cue = CUE.exec(all);
  if (pk) signals.push(pk[0]);
  if (af) signals.push(af[0]);
  if (cue) signals.push(cue[0]);
  // An operation's own name is enough ("'Righteous Fury': Operation Ghazab lil-Haq").
  const episode = EPISODE.exec(all);
  if (episode) signals.push(episode[0]);
  const passed = (pk !== null && af !== null && cue !== null) || episode !== null;
  return { passed, score: Math.min(1, signals.length / 3), signals };
}
