/**
 * Wiring for the popup's feed-refresh line: asks the background how the
 * refresh is going while the popup is open, and says when reports arrived
 * so the popup can read the page's comparison again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging';
import type { RefreshProgress } from '../../lib/types';
import { FORMAT_CONFIG } from '../../lib/format/config';
import { FeedsProgress } from '../../components/FeedsProgress';

function isProgress(x: unknown): x is RefreshProgress {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as RefreshProgress).running === 'boolean' &&
    typeof (x as RefreshProgress).done === 'number' &&
    typeof (x as RefreshProgress).total === 'number'
  );
}

export interface FeedsProgressLiveProps {
  /** Starts asking once true (the popup's first question goes first); default true. */
  start?: boolean;
  /** New reports were kept, or the refresh ended: the comparison may have grown. */
  onReportsChanged?: () => void;
}

export function FeedsProgressLive({ start = true, onReportsChanged }: FeedsProgressLiveProps) {
  const [progress, setProgress] = useState<RefreshProgress | null>(null);
  // The latest callback, so that a new one on every render does not restart the polling.
  const changed = useRef(onReportsChanged);
  changed.current = onReportsChanged;
  useEffect(() => {
    if (!start) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: RefreshProgress | null = null;
    const poll = async () => {
      const answer: unknown = await sendMessage('get-refresh-progress', {}).catch(() => null);
      if (stopped) return;
      const next = isProgress(answer) ? answer : null;
      if (last?.running && (!next?.running || (next.reportsKept ?? 0) !== (last.reportsKept ?? 0)))
        changed.current?.();
      last = next;
      setProgress(next);
      // Keep asking while the popup is open: a refresh may start after it opened (on install,
      // on the alarm); one small message every poll is cheap.
      timer = setTimeout(() => void poll(), FORMAT_CONFIG.feedsPollMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [start]);
  return <FeedsProgress progress={progress} />;
}
