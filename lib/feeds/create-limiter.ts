/**
 * Politeness: at most N requests in flight per host and M overall. A small
 * pair of semaphores; waiting tasks start in arrival order.
 */

export interface Limiter {
  /** Runs `task` once a slot for `host` and an overall slot are free. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

function semaphore(size: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async acquire(): Promise<void> {
      if (active < size) {
        active++;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release(): void {
      const next = waiting.shift();
      if (next) next();
      else active--;
    },
    get idle() {
      return active === 0 && waiting.length === 0;
    },
  };
}

/**
 * @example
 * const limiter = createLimiter({ perHost: 2, total: 6 });
 * await Promise.all(urls.map((u) => limiter.run(new URL(u).host, () => fetch(u))));
 */
export function createLimiter(opts: { perHost: number; total: number }): Limiter {
  const total = semaphore(Math.max(1, opts.total));
  const hosts = new Map<string, ReturnType<typeof semaphore>>();
  return {
    async run(host, task) {
      let hostSlot = hosts.get(host);
      if (!hostSlot) hosts.set(host, (hostSlot = semaphore(Math.max(1, opts.perHost))));
      await hostSlot.acquire();
      await total.acquire();
      try {
        return await task();
      } finally {
        total.release();
        hostSlot.release();
        if (hostSlot.idle) hosts.delete(host);
      }
    },
  };
}
