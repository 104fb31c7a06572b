/**
 * A big journey or cohort file opened by a caseworker is read in a worker of its own (issue #26):
 * decoding, the lossless JSON reader, the schema's checks and the personnummer search stay off
 * the page's thread, which keeps answering clicks. The worker reads one file and is ended.
 *
 * Nothing is lost when a worker cannot help: where workers do not exist or cannot start (a page
 * opened from file://), where one fails, or where one falls silent for SILENCE_MS (ended for
 * memory, which sends no event), the same file is read on this thread, with the same result.
 */
import { type FileImport, readImportFile } from './readImport';

/** Generous: a 100 MB file sends nothing until it is read. */
export const SILENCE_MS = 300_000;

export function readInWorker(file: File, makeWorker: () => Worker = defaultWorker): Promise<FileImport> {
  if (typeof Worker === 'undefined') return readImportFile(file);
  let worker: Worker;
  try {
    worker = makeWorker();
  } catch {
    return readImportFile(file);
  }
  return new Promise((resolve) => {
    let done = false;
    const finish = (read: FileImport | null) => {
      if (done) return;
      done = true;
      clearTimeout(silence);
      worker.terminate();
      if (read) resolve(read);
      else void readImportFile(file).then(resolve);
    };
    const silence = setTimeout(() => finish(null), SILENCE_MS);
    worker.onmessage = (e: MessageEvent<FileImport>) => finish(e.data);
    worker.onmessageerror = () => finish(null);
    worker.onerror = (e) => {
      e.preventDefault();
      finish(null);
    };
    worker.postMessage(file);
  });
}

function defaultWorker(): Worker {
  return new Worker(new URL('./journey.worker.ts', import.meta.url), { type: 'module' });
}
