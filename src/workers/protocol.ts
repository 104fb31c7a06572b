/**
 * The typed messages between the page and the cohort workers: reading files into journeys,
 * and the figures of a chunk of journeys as mergeable accumulator states. Journeys travel in
 * chunks (never one giant clone); files travel as File handles, read inside the worker.
 */
import type { FactOptions, JourneyFacts } from '../domain/cohort/facts';
import type {
  AlignOptions,
  AlignState,
  CohortOptions,
  CohortState,
  CsvRowProblem,
  Duplicate,
  Issue,
  Journey,
  JourneyIdentity,
  Span,
} from '../domain';
import type { PoolOptions, PoolState } from '../domain/pool';

/** Journeys per message, both ways. */
export const CHUNK = 500;

export type ToWorker =
  /** `existing`: the saved journeys a read journey may repeat (its duplicates come with `read-done`). */
  | { type: 'read'; id: number; files: File[]; existing: JourneyIdentity[] }
  | {
      type: 'figures';
      id: number;
      options: CohortOptions;
      align: AlignOptions | null;
      /** The per-journey facts the drill-down and the sequence index plot need, or none. */
      facts: FactOptions | null;
      /** The first journey's index in the whole cohort (orders cliffs and milestones). */
      offset: number;
      journeys: Journey[];
    }
  /** The pooled state of a chunk (a figures file's counts: issue 27). */
  | { type: 'pool'; id: number; options: PoolOptions; offset: number; journeys: Journey[] };

export type FileReport = {
  file: string;
  kind: 'journey' | 'cohort' | 'csv' | 'unreadable';
  encoding: string;
  journeys: number;
  errors: Issue[];
  warnings: Issue[];
  /** CSV rows that could not be read. */
  rows: CsvRowProblem[];
};

export type FromWorker =
  | { type: 'journeys'; id: number; file: string; journeys: Journey[] }
  | { type: 'file'; id: number; report: FileReport }
  | { type: 'progress'; id: number; filesRead: number; journeysRead: number }
  /** Every journey read that repeats a saved one or one read before it (indexes in the order sent). */
  | { type: 'read-done'; id: number; duplicates: Duplicate[] }
  | {
      type: 'state';
      id: number;
      cohort: CohortState;
      align: AlignState | null;
      facts: JourneyFacts[] | null;
      /** The period the chunk's journeys cover (a report's period fields). */
      span: Span | null;
      count: number;
    }
  | { type: 'pool-state'; id: number; state: PoolState; count: number }
  | { type: 'error'; id: number; message: string };
