/* global process, console, Buffer */
/**
 * What each dependency costs in the first screen: reads the built app's index.html, follows
 * its entry script's static imports (the chunks loaded before anything is drawn), and shares
 * each chunk's bytes among the sources its source map names (decoding the mappings). Prints
 * the minified and (estimated) gzipped bytes per package, and per folder of src/.
 *
 *   node bench/bundle-report.mjs [dist folder, default dist-bench] [--files]
 *
 * `--files` shares the bytes among src/ files (packages stay whole) instead of folders.
 *
 * The gzip figure of a package is its share of the chunk's gzip size, in proportion to its
 * minified bytes (gzip works across sources, so exact per-source figures do not exist).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const byFile = args.includes('--files');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist-bench';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);

/** The chunks an entry loads before it runs: its static imports, recursively. */
function staticClosure(files) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(join(dist, f), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(join(dirname(f), m[1]));
  };
  files.forEach(visit);
  return [...seen];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VAL = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** Bytes of generated code per source index, from a v3 source map's mappings. */
function bytesPerSource(code, map) {
  const lines = code.split('\n');
  const out = new Array(map.sources.length).fill(0);
  let src = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    const segs = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const vals = [];
      let v = 0;
      let shift = 0;
      for (const c of seg) {
        const d = VAL[c];
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >>> 1) : v >>> 1);
          v = 0;
          shift = 0;
        }
      }
      col += vals[0];
      if (vals.length > 1) src += vals[1];
      segs.push([col, vals.length > 1 ? src : -1]);
    }
    segs.forEach(([c, s], i) => {
      const end = i + 1 < segs.length ? segs[i + 1][0] : Buffer.byteLength(text);
      if (s >= 0) out[s] += end - c;
    });
  });
  return out;
}

function owner(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const s = source.indexOf('src/');
  if (s >= 0) return byFile ? source.slice(s) : `src/${source.slice(s + 4).split('/')[0]}`;
  return '(other)';
}

const chunks = staticClosure(entry);
const totals = new Map();
let min = 0;
let gz = 0;
for (const f of chunks) {
  const code = readFileSync(join(dist, f), 'utf8');
  const cgz = gzipSync(code, { level: 9 }).length;
  min += Buffer.byteLength(code);
  gz += cgz;
  let map;
  try {
    map = JSON.parse(readFileSync(join(dist, `${f}.map`), 'utf8'));
  } catch {
    continue;
  }
  const per = bytesPerSource(code, map);
  const size = Buffer.byteLength(code);
  per.forEach((b, i) => {
    const k = owner(map.sources[i]);
    const t = totals.get(k) ?? { min: 0, gzip: 0 };
    t.min += b;
    t.gzip += (b / size) * cgz;
    totals.set(k, t);
  });
}
console.log(`First-screen chunks (${dist}): ${chunks.join(', ')}`);
console.log(`Total: ${(min / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped\n`);
console.log('| package or folder | minified | gzip (share) |');
console.log('|---|---|---|');
for (const [k, t] of [...totals].sort((a, b) => b[1].min - a[1].min))
  if (t.min > 512) console.log(`| ${k} | ${(t.min / 1024).toFixed(1)} KB | ${(t.gzip / 1024).toFixed(1)} KB |`);
