import type { RefreshProgress } from '../lib/types';
import { describeRefresh } from '../lib/format/describe-refresh';

export interface FeedsProgressProps {
  progress: RefreshProgress | null;
}

/** One line while the sources' feeds are being read; nothing otherwise. */
export function FeedsProgress({ progress }: FeedsProgressProps) {
  const words = describeRefresh(progress);
  return (
    <p class="feeds-progress" role="status" aria-live="polite" hidden={words === null}>
      {words ? (
        <>
          <span aria-hidden="true">⟳ </span>
          {words}
        </>
      ) : null}
    </p>
  );
}
