/// <reference lib="webworker" />
/** A cohort worker: answers the page's messages with `handle` (see cohortWork.ts). */
import { handle } from './cohortWork';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<ToWorker>) => {
  void handle(e.data, (m: FromWorker) => scope.postMessage(m));
};
