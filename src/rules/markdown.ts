/**
 * The little Markdown that docs/format.md is written in, read into blocks that React renders
 * as elements (never as markup: the text stays text). Headings, paragraphs, lists, tables,
 * quotes, fenced code, and inline code, bold, emphasis and links. HTML comments (the markers
 * of the generated tables) are left out. Anything else is shown as the text it is.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export type Block =
  | { t: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; id: string; c: Inline[] }
  | { t: 'para'; c: Inline[] }
  | { t: 'code'; lang: string; v: string }
  | { t: 'list'; ordered: boolean; items: Inline[][] }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { t: 'quote'; blocks: Block[] };

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces to dashes. */
export function headingSlug(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const EM_BEFORE = /[\s([{"'-]/;
const EM_AFTER = /[\s.,;:)\]}!?"'-]/;

export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const push = (node: Inline) => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
    out.push(node);
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i) {
        push({ t: 'code', v: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (s.startsWith('**', i)) {
      const end = s.indexOf('**', i + 2);
      if (end > i + 2) {
        push({ t: 'strong', c: parseInline(s.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (ch === '[') {
      const m = /^\[((?:`[^`]*`|[^\]])*)\]\(([^)\s]+)\)/.exec(s.slice(i));
      if (m) {
        push({ t: 'link', href: m[2], c: parseInline(m[1]) });
        i += m[0].length;
        continue;
      }
    }
    if ((ch === '_' || ch === '*') && (i === 0 || EM_BEFORE.test(s[i - 1])) && s[i + 1] && s[i + 1] !== ' ') {
      const end = s.indexOf(ch, i + 1);
      if (end > i + 1 && (end + 1 === s.length || EM_AFTER.test(s[end + 1]))) {
        push({ t: 'em', c: parseInline(s.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    text += ch;
    i += 1;
  }
  if (text) out.push({ t: 'text', v: text });
  return out;
}

/** A table row's cells, split on `|` outside code spans. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cell = '';
  let inCode = false;
  for (const ch of inner) {
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let i = 0;
  const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';
  const startsBlock = (line: string) =>
    /^(#{1,6}\s|```|~~~|>|\|)/.test(line.trimStart()) || LIST_ITEM.test(line) || isBlank(line);
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const slug = headingSlug(heading[2]);
      const n = seen.get(slug) ?? 0;
      seen.set(slug, n + 1);
      const level = heading[1].length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ t: 'heading', level, id: n === 0 ? slug : `${slug}-${n}`, c: parseInline(heading[2]) });
      i += 1;
      continue;
    }
    const fence = /^(```|~~~)\s*(\S*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !lines[i].startsWith(fence[1])) body.push(lines[i++]);
      i += 1;
      blocks.push({ t: 'code', lang: fence[2], v: body.join('\n') });
      continue;
    }
    if (line.startsWith('>')) {
      const body: string[] = [];
      while (i < lines.length && lines[i].startsWith('>')) body.push(lines[i++].replace(/^>\s?/, ''));
      blocks.push({ t: 'quote', blocks: parseMarkdown(body.join('\n')) });
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i].trimStart().startsWith('|')) rows.push(cells(lines[i++]));
      const body = rows.slice(1).filter((r) => !r.every((c) => /^:?-+:?$/.test(c)));
      blocks.push({ t: 'table', head: rows[0].map(parseInline), rows: body.map((r) => r.map(parseInline)) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]);
      const items: string[] = [];
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]);
        if (m && /\d/.test(m[2]) === ordered) items.push(m[3]);
        else if (!isBlank(lines[i]) && /^\s+/.test(lines[i]) && items.length > 0)
          items[items.length - 1] += ` ${lines[i].trim()}`;
        else break;
        i += 1;
      }
      blocks.push({ t: 'list', ordered, items: items.map(parseInline) });
      continue;
    }
    const para: string[] = [line.trim()];
    i += 1;
    while (i < lines.length && !startsBlock(lines[i])) para.push(lines[i++].trim());
    blocks.push({ t: 'para', c: parseInline(para.join(' ')) });
  }
  return blocks;
}
