/** The cohort door, run in-thread (no Worker in Node): the same figures as the domain, cancel, and file reading. */
import { describe, expect, it } from 'vitest';
import { journeyFacts } from '../domain/cohort/facts';
import {
  alignCohort,
  analyzeCohort,
  cohortAccumulator,
  figureBases,
  findDuplicates,
  generateCohort,
  journeySpan,
  serializeJourney,
} from '../domain';
import { computeCohort, readCohortFiles } from './cohortClient';

const asOf = '2026-11-28';
const journeys = generateCohort(1_234, 7, asOf);

describe('computeCohort', () => {
  it('gives exactly the figures and alignment of the domain, merged from chunks', async () => {
    const progress: number[] = [];
    const align = { asOf, anchor: 'forstegEnd', from: -30, to: 60 };
    const r = await computeCohort(journeys, { asOf }, align, { onProgress: (p) => progress.push(p.done) });
    expect(r.figures).toEqual(analyzeCohort(journeys, { asOf }));
    expect(r.alignment).toEqual(alignCohort(journeys, align));
    // The period the report's fields start with: the whole cohort's, merged from the chunks' (issue #26).
    expect(r.span).toEqual(journeySpan(journeys, asOf));
    expect(r.span).not.toEqual(journeySpan(journeys.slice(1_000), asOf)); // the last chunk alone starts later
    // The journeys behind the percentiles and the survival (the small-cell rule) are the whole cohort's,
    // not one chunk's.
    const acc = cohortAccumulator({ asOf });
    const whole = acc.empty();
    journeys.forEach((j, i) => acc.addJourney(whole, j, i));
    expect(r.bases).toEqual(figureBases(whole));
    const firstChunk = acc.empty();
    journeys.slice(0, 500).forEach((j, i) => acc.addJourney(firstChunk, j, i));
    expect(r.bases.percentiles).toBeGreaterThan(figureBases(firstChunk).percentiles);
    // Three chunks of at most 500: progress reaches the whole cohort.
    expect(progress.at(-1)).toBe(1_234);
    expect(progress).toHaveLength(3);
  });

  it("computes each journey's facts in the same pass, in cohort order", async () => {
    const window = { asOf, anchor: 'start:introduktionsjobb', from: -60, to: 90 };
    const r = await computeCohort(journeys, { asOf }, window, { facts: window });
    expect(r.facts).toEqual(journeys.map((j, i) => journeyFacts(j, i, window)));
  });

  it('stops when the signal says so with an AbortError, and returns nothing half-done', async () => {
    const controller = new AbortController();
    const running = computeCohort(journeys, { asOf }, null, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('readCohortFiles', () => {
  it('reads a Windows-1252 CSV with ö and a bad row, a cohort file and a journey file', async () => {
    // "Fördjupad kartläggning" in Windows-1252: ö is 0xF6, ä is 0xE4.
    const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    const csv = latin1(
      'deltagare;insats;startdatum;slutdatum\r\nP-Ö1;Fördjupad kartläggning;2025-01-13;2025-03-28\r\nP-Ö1;trolleri;2025-04-01;\r\n',
    );
    const cohort = JSON.stringify({ format: 'cohort', version: 1, journeys: journeys.slice(0, 3) });
    const one = serializeJourney(journeys[3]);
    const files = [
      new File([csv], 'kohort.csv', { type: 'text/csv' }),
      new File([cohort], 'kohort.json'),
      new File([one], 'en.json'),
    ];
    const out = await readCohortFiles(files);
    expect(out.journeys.map((j) => j.journey.participant.ref)).toEqual([
      'P-Ö1',
      ...journeys.slice(0, 4).map((j) => j.participant.ref),
    ]);
    const [report] = out.reports;
    expect(report).toMatchObject({ file: 'kohort.csv', kind: 'csv', encoding: 'windows-1252', journeys: 1 });
    expect(report.rows).toEqual([expect.objectContaining({ row: 3, column: 'insats', code: 'unknownKind' })]);
    expect(out.journeys[0].journey.interventions[0].kind).toBe('kartlaggning');
  });
});

describe('readCohortFiles: duplicates found beside the reading', () => {
  it('names every journey that repeats a saved one or one read before it, as findDuplicates does over the list read', async () => {
    // Two files of 700 (more than one message each), the second repeating 300 of the first by id and
    // one by ref only; one journey repeats a saved one.
    const first = generateCohort(700, 11, asOf);
    const second = [
      ...first.slice(100, 400),
      { ...first[5], id: 'J-other' },
      ...generateCohort(399, 12, asOf).map((j) => ({
        ...j,
        id: `${j.id}-b`,
        participant: { ...j.participant, ref: `${j.participant.ref}-b` },
      })),
    ];
    const saved = [{ id: first[650].id, ref: 'P-saved' }];
    const file = (name: string, list: typeof first) =>
      new File([JSON.stringify({ format: 'cohort', version: 1, journeys: list })], name);
    const out = await readCohortFiles([file('a.json', first), file('b.json', second)], { existing: saved });
    const read = out.journeys.map((j) => j.journey);
    expect(read).toHaveLength(1_400);
    expect(out.duplicates).toEqual(findDuplicates(read, saved));
    expect(out.duplicates).toHaveLength(302);
    expect(out.duplicates[0]).toEqual({ index: 650, of: { existing: saved[0] }, by: 'id' });
    expect(out.duplicates[1]).toEqual({ index: 700, of: { incoming: 100 }, by: 'id' });
    expect(out.duplicates.at(-1)).toEqual({ index: 1_000, of: { incoming: 5 }, by: 'ref' });
  });
});

describe('readCohortFiles: rows named as the spreadsheet numbers them', () => {
  it('counts blank lines and lines of only separators: a problem after them is named by its own row', async () => {
    const csv =
      'deltagare;insats;startdatum;slutdatum\r\n\r\nP1;sfi;2025-01-13;2025-03-28\r\n;;;\r\n\r\nP1;trolleri;2025-04-01;\r\n';
    const out = await readCohortFiles([new File([csv], 'tomma.csv', { type: 'text/csv' })]);
    // Row 1 the header, 2 blank, 3 the sfi, 4 separators only, 5 blank, 6 the unknown kind.
    expect(out.reports[0].rows).toEqual([expect.objectContaining({ row: 6, column: 'insats', code: 'unknownKind' })]);
    expect(out.journeys.map((j) => j.journey.interventions.map((iv) => iv.kind))).toEqual([['sfi']]);
  });
});

describe('where a worker cannot start (a page opened from file://)', () => {
  const small = generateCohort(120, 3, asOf);
  // Computed inside the tests (StrykerJS counts what runs while tests are collected as static).
  const expected = () => analyzeCohort(small, { asOf });

  async function withWorker(fake: unknown, run: () => Promise<void>) {
    const g = globalThis as { Worker?: unknown };
    const before = g.Worker;
    g.Worker = fake;
    try {
      await run();
    } finally {
      g.Worker = before;
    }
  }

  it('works on this thread when making the worker throws', async () => {
    class Throws {
      constructor() {
        throw new DOMException('file:// is not allowed', 'SecurityError');
      }
    }
    await withWorker(Throws, async () => {
      expect((await computeCohort(small, { asOf }, null)).figures).toEqual(expected());
    });
  });

  it('works on this thread when the worker reports an error before it answers', async () => {
    const made: { terminated: boolean }[] = [];
    class FailsToLoad {
      onmessage: ((e: unknown) => void) | null = null;
      onerror: ((e: { preventDefault: () => void }) => void) | null = null;
      terminated = false;
      constructor() {
        made.push(this);
        setTimeout(() => this.onerror?.({ preventDefault: () => {} }), 5);
      }
      postMessage() {}
      terminate() {
        this.terminated = true;
      }
    }
    await withWorker(FailsToLoad, async () => {
      expect((await computeCohort(small, { asOf }, null)).figures).toEqual(expected());
    });
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((w) => w.terminated)).toBe(true);
  });
});
