/**
 * One journey or cohort file read for opening, on whichever thread asks: decoded (UTF-8, else
 * Windows-1252, said), read through the domain's pipeline, and searched for personnummer.
 * Never throws: a file that cannot be read is refused with its errors.
 */
import { type FileParseResult, type Issue, type Journey, MAX_FILE_BYTES, findPersonnummer, parseFile } from '../domain';
import { decodeText } from '../domain/decode';

/** The file-level problems every reader says the same way (this one and the cohort worker's). */
export const tooLarge: Issue = {
  path: '',
  code: 'tooLarge',
  message: 'the file is larger than 100 MB',
  params: { max: 100 },
};
export const notUtf8: Issue = {
  path: '',
  code: 'notUtf8',
  message: 'the file was not UTF-8; it was read as Windows-1252',
};
export const unreadable = (e: unknown): Issue => ({
  path: '',
  code: 'notText',
  message: `the file could not be read (${String(e)})`,
});

/** The personnummer in a file's journeys, each at its path (a cohort's under `journeys[i]`). */
export const personnummerIn = (journeys: readonly Journey[], cohort: boolean): Issue[] =>
  journeys.flatMap((journey, i) => findPersonnummer(journey, cohort ? ['journeys', i] : []));

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
    return { ok: false, errors: [unreadable(e)] };
  }
}

/** One file read: its journeys, or the errors that kept it out; its warnings, personnummer found included. */
export type FileImport = { ok: true; journeys: Journey[]; warnings: Issue[] } | { ok: false; errors: Issue[] };

export async function readImportFile(file: Blob): Promise<FileImport> {
  const result = await readJourneyFile(file);
  if (!result.ok) return result;
  const journeys = result.kind === 'cohort' ? result.cohort.journeys : [result.journey];
  return { ok: true, journeys, warnings: [...result.warnings, ...personnummerIn(journeys, result.kind === 'cohort')] };
}
