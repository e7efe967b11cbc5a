/**
 * The toolbar badge for a tab: empty off-topic; on coverage, the number of
 * figures other outlets report differently (amber), else the number of
 * figures read (blue). The tooltip says which, so colour is never the only cue.
 */
import type { Comparison } from '../types';
import type { TabState } from '../store/tab-state';

export interface Badge {
  text: string;
  colour: string;
  title: string;
}

const COLOURS = { disagree: '#b45309', figures: '#1d4ed8', busy: '#6b7280' } as const;

export function badgeFor(state: TabState, comparison: Comparison | null): Badge {
  // No mark while analysing: the full score may still say the page is off-topic.
  if (state.phase === 'analysing') {
    return { text: '', colour: COLOURS.busy, title: 'Crosscheck: reading this page' };
  }
  if (state.phase !== 'ready' || !state.analysis) {
    return { text: '', colour: COLOURS.busy, title: 'Crosscheck' };
  }
  const disagreements =
    comparison?.rows.filter((r) => r.status === 'conflict' && !r.update && r.values.length > 1)
      .length ?? 0;
  if (disagreements > 0) {
    return {
      text: String(disagreements),
      colour: COLOURS.disagree,
      title: `Crosscheck: ${disagreements} figure${disagreements === 1 ? '' : 's'} reported differently elsewhere`,
    };
  }
  const figures = state.analysis.figures.length;
  return {
    text: figures > 0 ? String(Math.min(figures, 99)) : '✓',
    colour: COLOURS.figures,
    title: `Crosscheck: this page covers the conflict (${figures} figure${figures === 1 ? '' : 's'})`,
  };
}
