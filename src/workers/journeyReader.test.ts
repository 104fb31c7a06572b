/**
 * Issue #26: a big journey file is read in a worker, and the page gets what reading it on its own
 * thread gives, after the structured clone a worker's answer goes through. When the worker
 * cannot help (cannot start, fails, falls silent), the file is read here: nothing is lost.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORKER_FROM_BYTES, importFiles } from '../io/importFiles';
import { readImportFile } from './readImport';
import { wasAccepted } from '../io/checked';
import { SILENCE_MS, readInWorker } from './journeyReader';

/** A journey file of `n` interventions, with a number no float holds (kept as written) and a personnummer. */
function journeyText(n: number): string {
  const interventions = Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    kind: 'kommunal-insats',
    actor: 'kommun',
    title: i === 7 ? 'Samtal med 19121212-1212' : `Insats ${i + 1}`,
    start: '2025-01-01',
    end: '2025-02-01',
  }));
  const journey = {
    format: 'journey',
    version: 1,
    id: 'big',
    participant: { ref: 'P-1' },
    asOf: '2025-06-01',
    closed: null,
    actors: [],
    kinds: [],
    interventions,
    extra: 0,
  };
  return JSON.stringify(journey).replace('"extra":0', '"extra":12345678901234567890.50');
}

const big = new File([journeyText(3_000)], 'big.json');

type Behaviour = 'answer' | 'error' | 'silent';
const made: Behaviour[] = [];

/** A stand-in for journey.worker.ts: it reads the file as the worker does and answers with a structured clone. */
function fakeWorker(behaviour: Behaviour) {
  return class {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { preventDefault: () => void }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    terminated = false;
    constructor() {
      made.push(behaviour);
    }
    postMessage(file: File) {
      if (behaviour === 'silent') return;
      if (behaviour === 'error') return void setTimeout(() => this.onerror?.({ preventDefault: () => {} }));
      void readImportFile(file).then((read) => this.onmessage?.({ data: structuredClone(read) }));
    }
    terminate() {
      this.terminated = true;
    }
  };
}

afterEach(() => {
  made.length = 0;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a big journey file read in a worker', () => {
  it('is big enough to go to the worker (the test file is over the threshold)', () => {
    expect(big.size).toBeGreaterThanOrEqual(WORKER_FROM_BYTES);
  });

  it('gives the page what reading it here gives: journeys, raw numbers as written, the personnummer warning', async () => {
    vi.stubGlobal('Worker', fakeWorker('answer'));
    const outcome = await importFiles([big]);
    expect(made).toEqual(['answer']);
    const here = await readImportFile(big);
    if (!here.ok) throw new Error('the test file should read');
    expect(outcome.failed).toEqual([]);
    expect(outcome.journeys.map((j) => j.journey)).toEqual(here.journeys);
    expect(outcome.journeys[0].journey.interventions).toHaveLength(3_000);
    const extra = (outcome.journeys[0].journey as unknown as { extra: unknown }).extra;
    expect(extra).toBeInstanceOf(String);
    expect(String(extra)).toBe('12345678901234567890.50');
    expect(outcome.warnings).toEqual([{ file: 'big.json', warnings: here.warnings }]);
    expect(here.warnings.map((w) => w.code)).toContain('personnummer');
    // Accepted by the importer: storing it does not check it again (io/checked.ts); a copy is checked.
    expect(wasAccepted(outcome.journeys[0].journey)).toBe(true);
    expect(wasAccepted({ ...outcome.journeys[0].journey })).toBe(false);
  });

  it('a small file is read here, with no worker started', async () => {
    vi.stubGlobal('Worker', fakeWorker('answer'));
    const small = new File([journeyText(3)], 'small.json');
    const outcome = await importFiles([small]);
    expect(made).toEqual([]);
    expect(outcome.journeys).toHaveLength(1);
  });

  it('a file that fails to read in the worker is refused with its errors, as here', async () => {
    vi.stubGlobal('Worker', fakeWorker('answer'));
    const broken = new File([`${journeyText(3_000)}}`], 'broken.json');
    const outcome = await importFiles([broken]);
    const here = await readImportFile(broken);
    expect(made).toEqual(['answer']);
    expect(here.ok).toBe(false);
    expect(outcome.failed).toEqual([{ file: 'broken.json', errors: !here.ok && here.errors }]);
  });

  it('a worker that fails: the file is read here instead', async () => {
    vi.stubGlobal('Worker', fakeWorker('error'));
    const read = await readInWorker(big);
    expect(made).toEqual(['error']);
    expect(read).toEqual(await readImportFile(big));
  });

  it('a worker that cannot start: the file is read here instead', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('SecurityError: file://');
        }
      },
    );
    const read = await readInWorker(big);
    expect(read.ok && read.journeys[0].interventions).toHaveLength(3_000);
  });

  it('a worker that falls silent: the file is read here after SILENCE_MS, not before', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', fakeWorker('silent'));
    let read: unknown = null;
    const reading = readInWorker(big).then((r) => (read = r));
    await vi.advanceTimersByTimeAsync(SILENCE_MS - 1);
    expect(read).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await reading;
    expect(read).toEqual(await readImportFile(big));
  });
});
