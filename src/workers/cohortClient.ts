/**
 * The door to the cohort engine: every view asks here, never a worker directly. Files are
 * read and figures computed in Web Workers (one per core, at most four), on chunks of
 * journeys; the mergeable accumulator states come back and are merged here in cohort order
 * (docs/format.md, "Cohort figures"), so one worker or four give the same figures. Progress is
 * reported as work comes back, and an AbortSignal stops everything at once (the workers are
 * ended, nothing half-done is returned). Where there is no Worker (unit tests), the same
 * work runs here.
 */
import {
  type AlignOptions,
  type AlignState,
  type Alignment,
  type CohortFigures,
  type CohortOptions,
  type CohortState,
  type Duplicate,
  type Journey,
  type JourneyIdentity,
  type Span,
  alignAccumulator,
  cohortAccumulator,
  figureBases,
  mergeSpans,
} from '../domain';
import type { FactOptions, JourneyFacts } from '../domain/cohort/facts';
import { type PoolOptions, type PoolState, poolAccumulator } from '../domain/pool';
import { handle } from './cohortWork';
import { CHUNK, type FileReport, type FromWorker, type ToWorker } from './protocol';

export type CohortResult = {
  figures: CohortFigures;
  /** How many journeys the wait percentiles and the survival curve rest on (small cells). */
  bases: { percentiles: number; survival: number };
  alignment: Alignment | null;
  /** Each journey's facts (in cohort order), when asked for. */
  facts: JourneyFacts[] | null;
  /** The period the journeys cover (`journeySpan`), found chunk by chunk in the same pass. */
  span: Span | null;
};

export type Progress = { done: number; total: number };
export type Options = {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** Also compute each journey's facts, in the same pass over the journeys. */
  facts?: FactOptions;
};

type Port = {
  post: (m: ToWorker) => void;
  onMessage: (f: (m: FromWorker) => void) => void;
  /** The worker failed after it had answered (an uncaught error, a message it could not read). */
  onFail: (f: (detail: string) => void) => void;
  end: () => void;
};

/**
 * How long a worker may be silent while it has work before it counts as dead: a worker that
 * ends (closed, killed for memory) sends no event at all. Generous: reading one 100 MB file
 * sends nothing until it is read.
 */
export const SILENCE_MS = 300_000;

/** A worker that failed or fell silent in the middle of its work (issue 28): the work is not done. */
export class WorkerLost extends Error {
  constructor(
    readonly reason: 'error' | 'silent',
    readonly detail: string,
    /** For a read: the file the worker was reading. */
    readonly file: string | null = null,
  ) {
    super(`the worker ${reason === 'error' ? `failed (${detail})` : 'fell silent'}`);
    this.name = 'WorkerLost';
  }
}

let nextId = 1;

function workerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores));
}

/** The same work on this thread, answered asynchronously as a worker would. */
function threadPort(): Port {
  let listener: (m: FromWorker) => void = () => {};
  return {
    post: (m) => void handle(m, (r) => queueMicrotask(() => listener(r))),
    onMessage: (f) => (listener = f),
    onFail: () => {},
    end: () => (listener = () => {}),
  };
}

/**
 * A worker, or the same work on this thread where workers do not exist, cannot be made
 * (a page opened from file://) or fail to start: until the worker first answers, what was
 * sent to it is kept, and if it reports an error first that work runs here instead.
 */
function openPort(): Port {
  if (typeof Worker === 'undefined') return threadPort();
  let w: Worker;
  try {
    w = new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return threadPort();
  }
  let listener: (m: FromWorker) => void = () => {};
  let failed: (detail: string) => void = () => {};
  let answered = false;
  let fallback: Port | null = null;
  const unanswered: ToWorker[] = [];
  w.onmessage = (e: MessageEvent<FromWorker>) => {
    answered = true;
    unanswered.length = 0;
    listener(e.data);
  };
  w.onmessageerror = () => failed('messageerror');
  w.onerror = (e) => {
    if (fallback) return;
    e.preventDefault();
    // Once it has answered, it did start: an error now is a failure of the work, never ignored.
    if (answered) return failed(e.message || 'error');
    w.terminate();
    fallback = threadPort();
    fallback.onMessage((m) => listener(m));
    for (const m of unanswered.splice(0)) fallback.post(m);
  };
  return {
    post: (m) => {
      if (fallback) return fallback.post(m);
      if (!answered) unanswered.push(m);
      w.postMessage(m);
    },
    onMessage: (f) => (listener = f),
    onFail: (f) => (failed = f),
    end: () => {
      fallback?.end();
      w.terminate();
    },
  };
}

function aborted(signal?: AbortSignal): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('Avbrutet', 'AbortError');
}

/**
 * Runs `tasks` over a pool of workers, one task per worker at a time; resolves with the
 * answers in task order. Any error, a worker that fails or is silent for SILENCE_MS with a
 * task (WorkerLost), or the signal, ends every worker.
 */
function runPool<T>(
  tasks: ((id: number) => ToWorker)[],
  answer: (m: FromWorker) => T | undefined,
  { signal, onDone }: { signal?: AbortSignal; onDone?: (index: number, result: T) => void },
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted(signal));
    const results: T[] = new Array(tasks.length);
    const ports = Array.from({ length: Math.min(workerCount(), tasks.length) }, openPort);
    let next = 0;
    let finished = 0;
    let settled = false;
    const timers = new Map<Port, ReturnType<typeof setTimeout>>();
    const watch = (port: Port) => {
      clearTimeout(timers.get(port));
      timers.set(
        port,
        setTimeout(() => fail(new WorkerLost('silent', `${SILENCE_MS} ms`)), SILENCE_MS),
      );
    };
    const end = () => {
      timers.forEach((t) => clearTimeout(t));
      ports.forEach((p) => p.end());
    };
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      end();
      reject(e);
    };
    const onAbort = () => fail(aborted(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    const give = (port: Port) => {
      if (next >= tasks.length) return;
      const index = next++;
      const id = nextId++;
      port.onFail((detail) => fail(new WorkerLost('error', detail)));
      port.onMessage((m) => {
        if (settled || m.id !== id) return;
        watch(port);
        if (m.type === 'error') return fail(new Error(m.message));
        const r = answer(m);
        if (r === undefined) return;
        results[index] = r;
        onDone?.(index, r);
        if (++finished === tasks.length) {
          settled = true;
          timers.forEach((t) => clearTimeout(t));
          signal?.removeEventListener('abort', onAbort);
          end();
          resolve(results);
        } else give(port);
      });
      watch(port);
      port.post(tasks[index](id));
    };
    if (tasks.length === 0) {
      settled = true;
      end();
      return resolve([]);
    }
    ports.forEach(give);
  });
}

type ChunkState = {
  cohort: CohortState;
  align: AlignState | null;
  facts: JourneyFacts[] | null;
  span: Span | null;
  count: number;
};

/** The figures (and, with `align`, the alignment) of a cohort of distinct journeys. */
export async function computeCohort(
  journeys: readonly Journey[],
  options: CohortOptions,
  align: AlignOptions | null,
  { onProgress, signal, facts }: Options = {},
): Promise<CohortResult> {
  const chunks: ((id: number) => ToWorker)[] = [];
  for (let offset = 0; offset < journeys.length; offset += CHUNK) {
    const part = journeys.slice(offset, offset + CHUNK);
    chunks.push((id) => ({ type: 'figures', id, options, align, facts: facts ?? null, offset, journeys: part }));
  }
  // Each chunk's state is merged as it arrives (merging is order-free: the journey indexes order
  // the lists), so no single task merges them all at the end.
  const cohort = cohortAccumulator(options);
  const alignAcc = align ? alignAccumulator(align) : null;
  let cohortState = cohort.empty();
  let alignState = alignAcc?.empty() ?? null;
  let span: Span | null = null;
  const factsByChunk: (JourneyFacts[] | null)[] = new Array(chunks.length).fill(null);
  let done = 0;
  await runPool<ChunkState>(
    chunks,
    (m) =>
      m.type === 'state'
        ? { cohort: m.cohort, align: m.align, facts: m.facts, span: m.span, count: m.count }
        : undefined,
    {
      signal,
      onDone: (index, r) => {
        cohortState = cohort.merge(cohortState, r.cohort);
        if (alignAcc && alignState && r.align) alignState = alignAcc.merge(alignState, r.align);
        factsByChunk[index] = r.facts;
        span = mergeSpans(span, r.span);
        done += r.count;
        onProgress?.({ done, total: journeys.length });
      },
    },
  );
  return {
    figures: cohort.finish(cohortState),
    bases: figureBases(cohortState),
    alignment: alignAcc && alignState ? alignAcc.finish(alignState) : null,
    facts: facts ? factsByChunk.flatMap((f) => f ?? []) : null,
    span,
  };
}

/** The pooled state of a cohort of distinct journeys (what its figures file holds: issue 27), in the workers. */
export async function computePoolState(
  journeys: readonly Journey[],
  options: PoolOptions,
  { onProgress, signal }: Omit<Options, 'facts'> = {},
): Promise<PoolState> {
  const chunks: ((id: number) => ToWorker)[] = [];
  for (let offset = 0; offset < journeys.length; offset += CHUNK)
    chunks.push((id) => ({ type: 'pool', id, options, offset, journeys: journeys.slice(offset, offset + CHUNK) }));
  const acc = poolAccumulator(options);
  let state = acc.empty();
  let done = 0;
  await runPool<{ state: PoolState; count: number }>(
    chunks,
    (m) => (m.type === 'pool-state' ? { state: m.state, count: m.count } : undefined),
    {
      signal,
      onDone: (_, r) => {
        state = acc.merge(state, r.state);
        done += r.count;
        onProgress?.({ done, total: journeys.length });
      },
    },
  );
  return state;
}

export type ReadProgress = { filesRead: number; files: number; journeysRead: number };
export type ReadOutcome = {
  journeys: { journey: Journey; file: string }[];
  reports: FileReport[];
  /** The journeys that repeat a saved one (`existing`) or one read before them. */
  duplicates: Duplicate[];
};

/**
 * Reads journey files, cohort files and coordinator CSVs in a worker. Nothing is kept when
 * the signal stops it or the worker is lost (a WorkerLost naming the file it was reading);
 * every file gets a report (problems, CSV rows it could not read).
 */
export function readCohortFiles(
  files: readonly File[],
  {
    onProgress,
    signal,
    existing = [],
  }: { onProgress?: (p: ReadProgress) => void; signal?: AbortSignal; existing?: readonly JourneyIdentity[] } = {},
): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { journeys: [], reports: [], duplicates: [] };
  // The worker reads the files in order: the one after the last it reported is under way.
  let filesRead = 0;
  return runPool<true>(
    [(id) => ({ type: 'read', id, files: [...files], existing: [...existing] })],
    (m) => {
      if (m.type === 'journeys') for (const journey of m.journeys) outcome.journeys.push({ journey, file: m.file });
      else if (m.type === 'file') outcome.reports.push(m.report);
      else if (m.type === 'progress') {
        filesRead = m.filesRead;
        onProgress?.({ filesRead: m.filesRead, files: files.length, journeysRead: m.journeysRead });
      } else if (m.type === 'read-done') {
        outcome.duplicates = m.duplicates;
        return true;
      }
      return undefined;
    },
    { signal },
  ).then(
    () => outcome,
    (e: unknown) => {
      if (!(e instanceof WorkerLost)) throw e;
      const file = files[Math.min(filesRead, files.length - 1)];
      throw new WorkerLost(e.reason, e.detail, file.webkitRelativePath || file.name);
    },
  );
}
