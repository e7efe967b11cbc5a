/**
 * Tuning constants of the report store, in one place.
 */
export const STORE_CONFIG = Object.freeze({
  /** IndexedDB database name. */
  dbName: 'crosscheck-reports',
  /**
   * Most reports kept (reference reports do not count toward eviction). A
   * report is a few KB, so 20,000 is well under 100 MB, and above the 10,000
   * the benchmark loads.
   */
  maxReports: 20_000,
  /** Reports read longer ago than this are dropped: the conflict's rounds are weeks apart, not years. */
  maxAgeDays: 180,
  /** Share of the oldest reports evicted when the browser says storage is full. */
  quotaEvictShare: 0.1,
  /**
   * Whole reports the worker keeps in memory after reading them for matches
   * (report-memory.ts): a few popups' worth, a few MB at most.
   */
  memoryReports: 500,
});

export const DAY_MS = 24 * 60 * 60 * 1000;
