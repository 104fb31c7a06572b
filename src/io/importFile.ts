/**
 * Opening a file from disk: size check before reading, then the domain's pipeline.
 * Returns a result; never throws.
 */
import { type FileParseResult, type Issue, MAX_FILE_BYTES, parseFile } from '../domain';

const tooLarge: Issue = { path: '', code: 'tooLarge', message: 'the file is larger than 100 MB', params: { max: 100 } };

export async function readJourneyFile(file: Blob): Promise<FileParseResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [tooLarge] };
  try {
    return parseFile(await file.text());
  } catch (e) {
    return { ok: false, errors: [{ path: '', code: 'notText', message: `the file could not be read (${String(e)})` }] };
  }
}
