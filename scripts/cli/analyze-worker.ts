/** Worker thread for batch `analyze`: receives file chunks, returns JSON lines. */
import { parentPort } from 'node:worker_threads';
import type { AnalyzeOptions } from '../../lib/analyze';
import { analyzeFileLine } from './analyze-file';

parentPort?.on(
  'message',
  (msg: { batch: { index: number; file: string }[]; options: AnalyzeOptions }) => {
    const results = msg.batch.map(({ index, file }) => ({
      index,
      ...analyzeFileLine(file, msg.options),
    }));
    parentPort?.postMessage({ results });
  },
);
