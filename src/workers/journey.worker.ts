/// <reference lib="webworker" />
/** A journey reader: reads the one file it is sent (readImportFile) and answers with what it read. */
import { readImportFile } from './readImport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<File>) => {
  void readImportFile(e.data).then((read) => scope.postMessage(read));
};
