/* global URL */
/**
 * A static server on 127.0.0.1 for the bench: the built app at `/`, the bench's own pages at
 * `/bench/` and vis-timeline's standalone build at `/vis/` (from node_modules). Nothing from
 * any other origin. Text files (HTML, JS, CSS, JSON, SVG) go gzip-compressed to a browser that
 * accepts it, as a web server in production sends them (`compress: false` sends them as they are).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

export function serve(roots, port, { compress = true } = {}) {
  /** Each file compressed once (level 9, as a build step that compresses ahead would). */
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [prefix, dir] = Object.entries(roots).find(([p]) => path.startsWith(p)) ?? [];
    let file = dir && normalize(join(dir, path.slice(prefix.length)));
    if (file && (path.endsWith('/') || !extname(file))) file = join(file, 'index.html');
    try {
      if (!file || !file.startsWith(normalize(dir))) throw new Error('outside');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (compress && TEXT.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        return res.end(gzipped.get(file));
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
