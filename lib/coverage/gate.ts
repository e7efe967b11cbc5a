import type { GateResult } from '../types';
import { GATE_CONFIG } from './config';
import { GATE_TERMS } from './gate-terms';

// Six precompiled regexes, tested once each: the gate runs on every page
// load of every listed news site, so it must cost well under a millisecond.
const edge = (src: string): RegExp => new RegExp(`\\b(?:${src})\\b`, 'i');
const PK = edge(GATE_TERMS.pakistan);
const AF = edge(GATE_TERMS.afghanistan);
const CUE = edge(GATE_TERMS.conflict);
const EPISODE = edge(GATE_TERMS.episode);
// The two sides named in other languages: no word edges (Urdu and Arabic glue words on).
const PK_WORLD = new RegExp(GATE_TERMS.pakistanWorld, 'i');
const AF_WORLD = new RegExp(GATE_TERMS.afghanistanWorld, 'i');

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
  const pkWorld = PK_WORLD.exec(all);
  const afWorld = AF_WORLD.exec(all);
  const pk = PK.exec(all) ?? pkWorld;
  const af = AF.exec(all) ?? afWorld;
  const cue = CUE.exec(all);
  if (pk) signals.push(pk[0]);
  if (af) signals.push(af[0]);
  if (cue) signals.push(cue[0]);
  // An operation's own name is enough ("'Righteous Fury': Operation Ghazab lil-Haq").
  const episode = EPISODE.exec(all);
  if (episode) signals.push(episode[0]);
  // A page that names the two in another language passes on the names alone: the gate's
  // words of fighting are English, and the full score reads the other languages' too.
  const named = pk !== null && af !== null;
  const passed =
    (named && (cue !== null || pkWorld !== null || afWorld !== null)) || episode !== null;
  return { passed, score: Math.min(1, signals.length / 3), signals };
}
