/**
 * Progress on standard error: on a terminal one bar, redrawn at most ten times a second; off a
 * terminal (a log, a batch runner) a plain line at every tenth of the input.
 */
import { type Say, sayNumber } from './say';

export type ErrStream = { write(s: string): unknown; isTTY?: boolean };

export type Progress = { update(done: number, journeys: number): void; end(journeys: number, files: number): void };

export function progress(err: ErrStream, total: number, say: Say, quiet: boolean, now = () => Date.now()): Progress {
  const started = now();
  let lastDraw = 0;
  let lastTenth = -1;
  const tty = err.isTTY === true;
  return {
    update(done, journeys) {
      if (quiet) return;
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const percent = Math.floor(share * 100);
      const text = say('progress', { percent, journeys: sayNumber(journeys) });
      if (tty) {
        if (now() - lastDraw < 100 && share < 1) return;
        lastDraw = now();
        const filled = Math.round(share * 30);
        err.write(`\r[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${text}`);
      } else {
        const tenth = Math.floor(share * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        err.write(`${text}\n`);
      }
    },
    end(journeys, files) {
      if (quiet) return;
      const seconds = ((now() - started) / 1000).toFixed(1);
      err.write(`${tty ? '\n' : ''}${say('progressDone', { journeys: sayNumber(journeys), files, seconds })}\n`);
    },
  };
}
