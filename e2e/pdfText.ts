/**
 * The text of a PDF that Chromium printed (page.pdf), for a spec to read what is on the paper.
 * Chromium writes text as glyph ids of subset fonts (Identity-H) with a ToUnicode map per
 * font: this reads the objects, inflates the streams, and decodes every Tj/TJ with the map of
 * the font set by the last Tf. Each text object (BT…ET) becomes one line (ligatures unfolded). Enough for
 * Chromium's own output; not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

type Obj = { dict: string; stream: Buffer | null };

function objects(pdf: Buffer): Map<number, Obj> {
  const text = pdf.toString('latin1');
  const out = new Map<number, Obj>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (s >= 0 && body.slice(0, s).includes('<<')) {
      dict = body.slice(0, s);
      let from = start + s + 'stream'.length;
      if (text[from] === '\r') from++;
      if (text[from] === '\n') from++;
      const to = text.indexOf('endstream', from);
      const raw = pdf.subarray(from, to);
      try {
        stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    out.set(Number(m[1]), { dict, stream });
  }
  return out;
}

/** A ToUnicode CMap: glyph id (hex) → text. */
function cmap(data: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of data.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? [])
    for (const [, from, to] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(from.toUpperCase(), utf16(to));
  for (const block of data.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? [])
    for (const [, lo, hi, to] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = lo.length;
      const base = parseInt(to, 16);
      for (let g = parseInt(lo, 16), i = 0; g <= parseInt(hi, 16); g++, i++)
        map.set(g.toString(16).toUpperCase().padStart(width, '0'), String.fromCharCode(base + i));
    }
  return map;
}

/** Font resource names (/F4 …) → the ToUnicode map of the font object they point at. */
function fontMaps(objs: Map<number, Obj>): Map<string, Map<string, string>> {
  const fonts = new Map<string, Map<string, string>>();
  for (const o of objs.values()) {
    for (const [, block] of o.dict.matchAll(/\/Font\s*<<([^>]*)>>/g))
      for (const [, name, id] of block.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) {
        const font = objs.get(Number(id));
        const tu = font?.dict.match(/\/ToUnicode\s+(\d+)\s+0\s+R/);
        const stream = tu ? objs.get(Number(tu[1]))?.stream : null;
        if (stream && !fonts.has(name)) fonts.set(name, cmap(stream.toString('latin1')));
      }
  }
  return fonts;
}

/** The lines of text of content streams, one per text object (BT…ET). */
function streamLines(streams: Buffer[], fonts: Map<string, Map<string, string>>): string[] {
  const lines: string[] = [];
  for (const stream of streams) {
    const content = stream.toString('latin1');
    let font: Map<string, string> | undefined;
    for (const [, bt] of content.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = '';
      for (const [, tf, hex, arr] of bt.matchAll(
        /\/([^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g,
      )) {
        if (tf) font = fonts.get(tf);
        const runs = hex !== undefined ? [hex] : arr ? [...arr.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => x[1]) : [];
        for (const run of runs) for (const g of run.toUpperCase().match(/.{4}/g) ?? []) line += font?.get(g) ?? '';
      }
      if (line) lines.push(line);
    }
  }
  return lines;
}

// Ligatures (ﬁ) and no-break spaces as the letters and spaces they stand for.
const text = (lines: string[]) => lines.join('\n').normalize('NFKC');

export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const streams = [...objs.values()]
    .map((o) => o.stream)
    .filter((s): s is Buffer => !!s && /BT[\s\S]*ET/.test(s.toString('latin1').slice(0, 100000)));
  return text(streamLines(streams, fontMaps(objs)));
}

/** The text of each page, in the order of the page tree (/Pages /Kids). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const fonts = fontMaps(objs);
  const refs = (s: string) => [...s.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
  const pages: number[] = [];
  const walk = (id: number) => {
    const dict = objs.get(id)?.dict ?? '';
    if (/\/Type\s*\/Pages\b/.test(dict))
      for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '')) walk(kid);
    else if (/\/Type\s*\/Page\b/.test(dict)) pages.push(id);
  };
  const root = [...objs.entries()].find(([, o]) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent\b/.test(o.dict));
  if (root) walk(root[0]);
  return pages.map((id) => {
    const dict = objs.get(id)!.dict;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(dict)?.[1] ?? '';
    const streams = refs(contents)
      .map((r) => objs.get(r)?.stream)
      .filter((s): s is Buffer => !!s);
    return text(streamLines(streams, fonts));
  });
}
