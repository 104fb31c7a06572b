/**
 * Import: one or many files, journeys or cohorts. Each file is read through the domain's
 * pipeline on its own (workers/readImport.ts); a file with problems contributes nothing and is
 * reported with every problem and its path; the others are imported. Never throws.
 *
 * A big file is read in a worker (workers/journeyReader.ts), so that reading and checking it
 * does not hold the page: a 10,000-intervention journey took some 400 ms of the main thread
 * (issue #26).
 */
import type { Issue, Journey } from '../domain';
import { readImportFile } from '../workers/readImport';
import { markAccepted } from './checked';
import { DEMO_JOURNEY } from '../demo/demoJourney';

export { readJourneyFile } from '../workers/readImport';

/** A file from this size on is read in a worker; below it, the worker's start would cost more than it saves. */
export const WORKER_FROM_BYTES = 256 * 1024;

export type ImportOutcome = {
  journeys: { journey: Journey; file: string }[];
  failed: { file: string; errors: Issue[] }[];
  warnings: { file: string; warnings: Issue[] }[];
};

/**
 * Reads the demo journey as a file once, when the page is idle after its first paint: the
 * schema's checks are compiled on their first use (zod), and the rules' tables are made, which
 * otherwise falls on the first file a person opens (issue #26, item 2). Nothing is kept.
 */
export function warmUp(): Promise<void> {
  return readImportFile(new Blob([JSON.stringify(DEMO_JOURNEY)])).then(() => undefined);
}

export async function importFiles(files: readonly File[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { journeys: [], failed: [], warnings: [] };
  for (const file of files) {
    const read =
      file.size >= WORKER_FROM_BYTES
        ? await import('../workers/journeyReader').then((m) => m.readInWorker(file))
        : await readImportFile(file);
    if (!read.ok) {
      outcome.failed.push({ file: file.name, errors: read.errors });
      continue;
    }
    for (const journey of read.journeys) {
      markAccepted(journey);
      outcome.journeys.push({ journey, file: file.name });
    }
    if (read.warnings.length > 0) outcome.warnings.push({ file: file.name, warnings: read.warnings });
  }
  return outcome;
}
