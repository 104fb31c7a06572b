/**
 * The threads of `resan figures`: one worker per core, each with its own pooled state; at most
 * two batches in flight per worker, so that reading waits for computing and memory stays flat
 * whatever the size of the input. With `threads` 0 the batches are computed in this thread
 * (the tests run so). The workers' states are merged at the end.
 */
import { Worker } from 'node:worker_threads';
import { type PoolOptions, type PoolState, poolAccumulator } from '../src/domain';
import { type Batch, type BatchResult, work } from './work';

const IN_FLIGHT = 2;

export type Pool = {
  /** Resolves when the batch is accepted (not when it is computed); `onResult` gets its result. */
  submit(batch: Batch, onResult: (r: BatchResult) => void): Promise<void>;
  /** Waits for every batch, ends the workers and gives the merged state. */
  finish(): Promise<PoolState>;
};

export function inlinePool(options: PoolOptions): Pool {
  const w = work(options);
  return {
    submit: async (batch, onResult) => onResult(w.add(batch)),
    finish: async () => w.state(),
  };
}

type Slot = { worker: Worker; pending: Map<number, (r: BatchResult) => void>; failed: Error | null };

export function threadPool(options: PoolOptions, threads: number, workerUrl: URL): Pool {
  const slots: Slot[] = Array.from({ length: threads }, () => {
    const slot: Slot = { worker: new Worker(workerUrl, { workerData: options }), pending: new Map(), failed: null };
    slot.worker.on('error', (e) => (slot.failed = e));
    return slot;
  });
  let nextId = 0;
  let wake: (() => void) | null = null;
  for (const slot of slots)
    slot.worker.on('message', (m: { type: string; id: number; result: BatchResult }) => {
      if (m.type !== 'done') return;
      const done = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      done?.(m.result);
      wake?.();
    });
  const check = () => {
    const bad = slots.find((s) => s.failed);
    if (!bad?.failed) return;
    // A failed worker fails the run; the others end too, or they would keep the process alive.
    for (const s of slots) void s.worker.terminate();
    throw bad.failed;
  };
  const freest = () => slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  const waitForRoom = async (room: (s: Slot) => boolean) => {
    while (!slots.every(room)) {
      check();
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 200);
      });
    }
  };
  return {
    async submit(batch, onResult) {
      while (freest().pending.size >= IN_FLIGHT) {
        check();
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
      }
      const slot = freest();
      const id = nextId++;
      slot.pending.set(id, onResult);
      slot.worker.postMessage({ type: 'batch', id, batch });
    },
    async finish() {
      await waitForRoom((s) => s.pending.size === 0);
      check();
      const states = await Promise.all(
        slots.map(
          (s) =>
            new Promise<PoolState>((resolve, reject) => {
              s.worker.once('error', reject);
              s.worker.on('message', (m: { type: string; state: PoolState }) => {
                if (m.type === 'state') resolve(m.state);
              });
              s.worker.postMessage({ type: 'finish' });
            }),
        ),
      );
      await Promise.all(slots.map((s) => s.worker.terminate()));
      const acc = poolAccumulator(options);
      return states.reduce((a, b) => acc.merge(a, b), acc.empty());
    },
  };
}
