/**
 * Import: one or many files, journeys or cohorts. Each file is read through the domain's
 * pipeline on its own; a file with problems contributes nothing and is reported with
 * every problem and its path; the others are imported. Never throws.
 */
import { type FileParseResult, type Issue, type Journey, MAX_FILE_BYTES, findPersonnummer, parseFile } from '../domain';
import { decodeText } from '../domain/decode';

const tooLarge: Issue = { path: '', code: 'tooLarge', message: 'the file is larger than 100 MB', params: { max: 100 } };
const notUtf8: Issue = { path: '', code: 'notUtf8', message: 'the file was not UTF-8; it was read as Windows-1252' };

export async function readJourneyFile(file: Blob): Promise<FileParseResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [tooLarge] };
  try {
    const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
    const result = parseFile(text);
    if (encoding !== 'windows-1252') return result;
    return result.ok
      ? { ...result, warnings: [notUtf8, ...result.warnings] }
      : { ok: false, errors: [notUtf8, ...result.errors] };
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
