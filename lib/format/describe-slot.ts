/**
 * A comparison row's heading: what is counted and who claims it.
 */
import type { Claimant, Measure, Subject } from '../types';
import { describeCount } from './describe-count';
import { CLAIMANT_GROUPS, CLAIMED_BY, UNATTRIBUTED } from './labels';

/** "claimed by Pakistan", or the unattributed phrase for null. */
export function claimedBy(claimant: Claimant): string {
  return claimant === null ? UNATTRIBUTED : CLAIMED_BY[claimant];
}

/** The group heading of a claimant ("Afghanistan (Taliban)", "Unattributed"). */
export function claimantLabel(claimant: Claimant): string {
  return CLAIMANT_GROUPS.find((g) => g.claimant === claimant)?.label ?? 'Unattributed';
}

/**
 * @example describeSlot({ measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' })
 * // "Pakistani soldiers killed — claimed by Afghanistan (Taliban)"
 */
export function describeSlot(slot: {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  unit?: string | null;
}): string {
  return `${describeCount(slot.measure, slot.subject, slot.unit ?? null)} — ${claimedBy(slot.claimant)}`;
}
