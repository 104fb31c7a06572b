/**
 * Issue 28, item 4: a worker that fails or falls silent after its first answer ends the read
 * with a WorkerLost naming the file it was reading, instead of leaving it waiting for ever.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from './protocol';
import { SILENCE_MS, WorkerLost, readCohortFiles } from './cohortClient';

/** A worker that reads the first file, says so, and then fails (`error`) or says nothing more (`silent`). */
function fakeWorker(end: 'error' | 'silent') {
  return class {
    onmessage: ((e: { data: FromWorker }) => void) | null = null;
    onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    postMessage(m: ToWorker) {
      setTimeout(() => {
        this.onmessage?.({ data: { type: 'journeys', id: m.id, file: 'a.csv', journeys: [] } });
        this.onmessage?.({ data: { type: 'progress', id: m.id, filesRead: 1, journeysRead: 0 } });
        if (end === 'error') this.onerror?.({ message: 'Uncaught RangeError', preventDefault: () => {} });
      });
    }
    terminate() {}
  };
}

const files = [new File(['x'], 'a.csv'), new File(['y'], 'b.csv')];

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a worker lost in the middle of a read', () => {
  it('that fails: the read ends at once with the error and the file it was reading', async () => {
    vi.stubGlobal('Worker', fakeWorker('error'));
    const read = readCohortFiles(files);
    await expect(read).rejects.toBeInstanceOf(WorkerLost);
    await expect(read).rejects.toMatchObject({ reason: 'error', detail: 'Uncaught RangeError', file: 'b.csv' });
  });

  it('that falls silent: the read ends after SILENCE_MS, not before', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', fakeWorker('silent'));
    let settled: unknown = null;
    const read = readCohortFiles(files).catch((e: unknown) => (settled = e));
    await vi.advanceTimersByTimeAsync(SILENCE_MS - 1);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    await read;
    expect(settled).toMatchObject({ name: 'WorkerLost', reason: 'silent', file: 'b.csv' });
  });
});
