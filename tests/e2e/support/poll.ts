/** Polling instead of fixed sleeps: retry until a value passes or time runs out. */

export interface PollOptions {
  timeout?: number;
  interval?: number;
  /** Says what was awaited, for the failure message. */
  message?: string;
}

/**
 * Calls `read` until `accept` holds for its value (errors count as "not
 * yet"); throws with the last value or error when time runs out.
 *
 * @example
 * const view = await poll(() => harness.tabView(id), (v) => v.phase === 'ready', { message: 'page ready' });
 */
export async function poll<T>(
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  { timeout = 20_000, interval = 250, message = 'condition' }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: { value?: T; error?: unknown };
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() > deadline) {
      const detail =
        'error' in last && last.error !== undefined
          ? `last error: ${String(last.error)}`
          : `last value: ${JSON.stringify(last.value)?.slice(0, 1500)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message}; ${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
