// `npm test`: every check, in order: typecheck, lint, format, unit tests, build, end-to-end
// tests in Chromium. Ends with one line `N passed, N failed` counting every unit and e2e test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const CHROMIUM_HELP =
  'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
  'or set CHROMIUM_PATH to its executable.';

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** As run, but with the output kept until the command ends, so that two can run side by side. */
function runQuiet(name, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: process.env });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(out));
      resolve(code === 0);
    });
  });
}

function count(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

// This run's reports start afresh; reports/mutation/ (`npm run mutate`, hours of work that its
// incremental files let a rerun skip) is kept.
mkdirSync('reports', { recursive: true });
for (const name of readdirSync('reports')) {
  if (name !== 'mutation') rmSync(`reports/${name}`, { recursive: true, force: true });
}
const steps = [];
// The type check (40 s on a fresh clone, one core) runs beside lint and format (45 s together, one
// core), so the two cores share them; each one's output is printed whole when it ends.
const [typecheck, lintAndFormat] = await Promise.all([
  runQuiet('typecheck', 'npx', ['tsc', '-b']),
  runQuiet('lint', 'npx', ['eslint', '.', '--max-warnings', '0']).then(async (lint) => [
    lint,
    await runQuiet('format', 'npx', ['prettier', '--check', '.']),
  ]),
]);
steps.push(['typecheck', typecheck], ['lint', lintAndFormat[0]], ['format', lintAndFormat[1]]);
steps.push([
  'unit',
  run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']),
]);
const built =
  run('build', 'npx', ['vite', 'build']) &&
  run('build (one file)', 'npx', ['vite', 'build', '-c', 'vite.single.config.ts']);
steps.push(['build', built]);

const chromium =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!chromium || !existsSync(chromium)) {
  console.error(`\n${CHROMIUM_HELP}`);
  steps.push(['e2e (no Chromium)', false]);
} else if (built) {
  steps.push(['e2e', run('e2e', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium })]);
} else {
  steps.push(['e2e (not run: the build failed)', false]);
}

const unit = count('reports/unit.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numPendingTests ?? 0),
}));
const e2e = count('reports/e2e.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky + r.stats.skipped,
}));
const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
const failedTests = (unit?.failed ?? 0) + (e2e?.failed ?? 0);
const failedSteps = steps.filter(([, ok]) => !ok).map(([name]) => name);

console.log('\n=== summary');
for (const [name, ok] of steps) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
console.log(`unit: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : 'no report'}`);
console.log(`e2e: ${e2e ? `${e2e.passed} passed, ${e2e.failed} failed` : 'no report'}`);
// A failed step that is not a test (typecheck, lint, build, no Chromium) counts as one failure.
const failed =
  failedTests + failedSteps.filter((s) => !['unit', 'e2e'].includes(s)).length + (unit ? 0 : 1) + (e2e ? 0 : 1);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
