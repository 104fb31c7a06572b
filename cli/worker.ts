/** A `resan figures` worker thread: batches in, a result per batch, its pooled state at the end. */
import { parentPort, workerData } from 'node:worker_threads';
import { type Batch, work } from './work';

const w = work(workerData);
parentPort?.on('message', (m: { type: 'batch'; id: number; batch: Batch } | { type: 'finish' }) => {
  if (m.type === 'finish') parentPort?.postMessage({ type: 'state', state: w.state() });
  else parentPort?.postMessage({ type: 'done', id: m.id, result: w.add(m.batch) });
});
