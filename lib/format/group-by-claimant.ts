/**
 * Figures grouped by who claims them, in the popup's fixed order (Pakistan,
 * Afghanistan, UN, other sources, unattributed); empty groups are dropped.
 */
import type { Claimant } from '../types';
import { CLAIMANT_GROUPS } from './labels';

export interface ClaimantGroup<T> {
  claimant: Claimant;
  label: string;
  items: T[];
}

export function groupByClaimant<T extends { claimant: Claimant }>(
  items: readonly T[],
): ClaimantGroup<T>[] {
  return CLAIMANT_GROUPS.map((g) => ({
    claimant: g.claimant,
    label: g.label,
    items: items.filter((f) => f.claimant === g.claimant),
  })).filter((g) => g.items.length > 0);
}
