/** The bundled entry of `bin/resan.mjs`: runs `main` on the process and exits with its code. */
import { main } from './main';

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  workerUrl: new URL('./worker.mjs', import.meta.url),
  now: () => new Date(),
});
process.exitCode = code;
