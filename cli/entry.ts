/**
 * The bundled entry of `bin/resan.mjs`: runs `main` on the process and exits with its code.
 * With RESAN_PEAK_RSS=1 it ends by printing the process's peak resident memory (all threads)
 * on standard error, for the bench.
 */
import { main } from './main';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  workerUrl: new URL('./worker.mjs', import.meta.url),
  now: () => new Date(),
});
if (process.env.RESAN_PEAK_RSS === '1') process.stderr.write(`peakRssKb ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
