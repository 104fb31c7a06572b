/**
 * A coordinator CSV of N synthetic participants, written as a stream (the file may be larger
 * than memory): each has an sfi, a försteg, a wait and a next step, some a grey zone before
 * a job, some closed. Seeded and plain JavaScript, so the bench needs no build to make it.
 * Usage: node bench/cli/makeCsv.mjs N OUT.csv [SEED]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import process from 'node:process';

const DAY = 86_400_000;
const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
const base = Math.floor(Date.UTC(2022, 0, 1) / DAY);

export async function makeCsv(n, out, seed = 1) {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
  const file = createWriteStream(out);
  const write = async (line) => {
    if (!file.write(`${line}\n`)) await once(file, 'drain');
  };
  await write('deltagare;insats;start;slut;planerat slut;aktör;avslutad');
  for (let i = 0; i < n; i++) {
    const ref = `P${String(i).padStart(7, '0')}`;
    const t0 = base + int(0, 1000);
    const sfiEnd = t0 + int(100, 500);
    const closed = rand() < 0.15 ? iso(sfiEnd + 400) : '';
    await write(`${ref};sfi;${iso(t0)};${iso(sfiEnd)};;;`);
    const fEnd = sfiEnd + int(30, 120);
    await write(`${ref};forsteg;${iso(sfiEnd + 1)};${iso(fEnd)};;;`);
    const roll = rand();
    if (roll < 0.1) continue;
    const next = fEnd + 1 + (roll < 0.3 ? 0 : int(1, 200));
    const kind = rand() < 0.5 ? 'arbetspraktik' : 'introduktionsjobb';
    if (kind === 'arbetspraktik')
      await write(`${ref};arbetspraktik;${iso(next)};${iso(next + int(30, 180))};;;${closed}`);
    else await write(`${ref};introduktionsjobb;${iso(next)};;${iso(next + 364)};;${closed}`);
  }
  file.end();
  await once(file, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out, seed] = process.argv.slice(2);
  await makeCsv(Number(n), out, Number(seed ?? 1));
}
