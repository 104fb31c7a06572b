/**
 * Import: one or many files, journeys or cohorts. Each file is read through the domain's
 * pipeline on its own; a file with problems contributes nothing and is reported with
 * every problem and its path; the others are imported. Never throws.
 */
import { type FileParseResult, type Issue, type Journey, MAX_FILE_BYTES, findPersonnummer, parseFile } from '../domain';

const tooLarge: Issue = { path: '', code: 'tooLarge', message: 'the file is larger than 100 MB', params: { max: 100 } };

export async function readJourneyFile(file: Blob): Promise<FileParseResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [tooLarge] };
  try {
    return parseFile(await file.text());
  } catch (e) {
    return { ok: false, errors: [{ path: '', code: 'notText', message: `the file could not be read (${String(e)})` }] };
  }
}

export type ImportOutcome = {
  journeys: { journey: Journey; file: string }[];
  failed: { file: string; errors: Issue[] }[];
  warnings: { file: string; warnings: Issue[] }[];
};

export async function importFiles(files: readonly File[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { journeys: [], failed: [], warnings: [] };
  for (const file of files) {
    const result = await readJourneyFile(file);
    if (!result.ok) {
      outcome.failed.push({ file: file.name, errors: result.errors });
      continue;
    }
    const journeys = result.kind === 'cohort' ? result.cohort.journeys : [result.journey];
    const warnings = [...result.warnings];
    journeys.forEach((journey, i) => {
      outcome.journeys.push({ journey, file: file.name });
      warnings.push(...findPersonnummer(journey, result.kind === 'cohort' ? ['journeys', i] : []));
    });
    if (warnings.length > 0) outcome.warnings.push({ file: file.name, warnings });
  }
  return outcome;
}
