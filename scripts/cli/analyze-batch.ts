import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../../lib/analyze';

/** Batches smaller than this run on the main thread: starting a worker costs more than a few pages. */
const MIN_FILES_FOR_WORKERS = 12;
/** Worker threads at most (one per core; the main thread only collects). */
const MAX_WORKERS = 4;
/** Files handed to a worker per message (fewer round trips, still balanced). */
const CHUNK = 4;

/**
 * Analyses many files in one process and emits one line per file in the
 * order given. Large batches are spread over worker threads (one per core),
 * each loading the analyser once; output order is kept. Returns how many failed.
 */
export async function analyzeBatch(
  files: readonly string[],
  options: AnalyzeOptions,
  emit: (line: string) => void,
): Promise<number> {
  const wanted = Number(process.env.CROSSCHECK_WORKERS ?? MAX_WORKERS);
  const cores = Math.min(
    Number.isFinite(wanted) ? wanted : MAX_WORKERS,
    MAX_WORKERS,
    availableParallelism(),
  );
  if (files.length < MIN_FILES_FOR_WORKERS || cores < 2)
    return analyzeSerially(files, options, emit);
  try {
    return await analyzeInWorkers(files, options, emit, cores);
  } catch {
    return analyzeSerially(files, options, emit);
  }
}

async function analyzeSerially(
  files: readonly string[],
  options: AnalyzeOptions,
  emit: (line: string) => void,
): Promise<number> {
  const { analyzeFileLine } = await import('./analyze-file');
  let failed = 0;
  for (const f of files) {
    const { ok, line } = analyzeFileLine(f, options);
    if (!ok) failed++;
    emit(line);
  }
  return failed;
}

interface Done {
  results: { index: number; ok: boolean; line: string }[];
}

function analyzeInWorkers(
  files: readonly string[],
  options: AnalyzeOptions,
  emit: (line: string) => void,
  count: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const lines: ({ ok: boolean; line: string } | undefined)[] = new Array(files.length);
    const order = largestFirst(files);
    let nextToEmit = 0;
    let nextToSend = 0;
    let failed = 0;
    let finished = 0;
    let settled = false;
    const workers: Worker[] = [];
    const flush = (): void => {
      while (nextToEmit < files.length && lines[nextToEmit] !== undefined) {
        const r = lines[nextToEmit]!;
        if (!r.ok) failed++;
        emit(r.line);
        lines[nextToEmit] = DONE;
        nextToEmit++;
      }
    };
    const send = (w: Worker): void => {
      if (nextToSend >= files.length) {
        void w.terminate();
        return;
      }
      const batch = [];
      for (let k = 0; k < CHUNK && nextToSend < files.length; k++, nextToSend++) {
        const index = order[nextToSend]!;
        batch.push({ index, file: files[index]! });
      }
      w.postMessage({ batch, options });
    };
    const fail = (e: unknown): void => {
      if (process.env.CROSSCHECK_DEBUG) console.error(e);
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      // Nothing emitted yet means the caller can fall back to the serial path.
      if (nextToEmit === 0) reject(e instanceof Error ? e : new Error(String(e)));
      else resolve(analyzeSerially(files.slice(nextToEmit), options, emit).then((n) => failed + n));
    };
    for (let i = 0; i < Math.min(count, Math.ceil(files.length / CHUNK)); i++) {
      const w = startWorker();
      workers.push(w);
      w.on('message', (msg: Done) => {
        for (const r of msg.results) {
          lines[r.index] = r;
          finished++;
        }
        flush();
        if (finished === files.length && !settled) {
          settled = true;
          for (const x of workers) void x.terminate();
          resolve(failed);
        } else send(w);
      });
      w.on('error', fail);
      send(w);
    }
  });
}

/** An emitted line's slot, emptied so its text can be collected. */
const DONE = { ok: true, line: '' };

/**
 * Input indices, largest file first: handing the small pages out last keeps
 * both threads busy to the end instead of one finishing a large page alone.
 * Output order is unaffected (lines are emitted in the order given).
 */
function largestFirst(files: readonly string[]): number[] {
  const size = files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      // Unreadable inputs (and stdin) fail or read at once; send them early.
      return Number.POSITIVE_INFINITY;
    }
  });
  return files.map((_, i) => i).sort((a, b) => size[b]! - size[a]! || a - b);
}

/**
 * Starts a worker. From the compiled bundle (scripts/run-crosscheck.mjs) the
 * worker is a bundle beside it; from source under tsx the loader hooks are
 * not inherited by worker threads, so a tiny bootstrap registers tsx first.
 */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.mjs'))
    return new Worker(new URL('./analyze-worker.mjs', import.meta.url));
  const url = new URL('./analyze-worker.ts', import.meta.url);
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}
