import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingSlug, parseInline, parseMarkdown } from './markdown';

describe('the Markdown of docs/format.md', () => {
  it('reads inline code, bold, emphasis and links, and leaves the rest as text', () => {
    expect(parseInline('a `b*c` **d _e_** [`f`](#g) x_y_z 2 * 3')).toEqual([
      { t: 'text', v: 'a ' },
      { t: 'code', v: 'b*c' },
      { t: 'text', v: ' ' },
      {
        t: 'strong',
        c: [
          { t: 'text', v: 'd ' },
          { t: 'em', c: [{ t: 'text', v: 'e' }] },
        ],
      },
      { t: 'text', v: ' ' },
      { t: 'link', href: '#g', c: [{ t: 'code', v: 'f' }] },
      { t: 'text', v: ' x_y_z 2 * 3' },
    ]);
  });

  it('reads headings with GitHub anchors, paragraphs, lists, tables, quotes and code', () => {
    const md = [
      '# The file',
      '<!-- generated:kinds -->',
      'One line',
      'and the next.',
      '',
      '- a',
      '  continued',
      '- b',
      '',
      '1. first',
      '2. second',
      '',
      '| `id` | value |',
      '| ---- | ----- |',
      '| `a|b` | 1 |',
      '',
      '> **Note.** quoted',
      '',
      '```json example-1',
      '{ "a": 1 }',
      '```',
      '## The file',
    ].join('\n');
    expect(parseMarkdown(md)).toEqual([
      { t: 'heading', level: 1, id: 'the-file', c: [{ t: 'text', v: 'The file' }] },
      { t: 'para', c: [{ t: 'text', v: 'One line and the next.' }] },
      { t: 'list', ordered: false, items: [[{ t: 'text', v: 'a continued' }], [{ t: 'text', v: 'b' }]] },
      { t: 'list', ordered: true, items: [[{ t: 'text', v: 'first' }], [{ t: 'text', v: 'second' }]] },
      {
        t: 'table',
        head: [[{ t: 'code', v: 'id' }], [{ t: 'text', v: 'value' }]],
        rows: [[[{ t: 'code', v: 'a|b' }], [{ t: 'text', v: '1' }]]],
      },
      {
        t: 'quote',
        blocks: [
          {
            t: 'para',
            c: [
              { t: 'strong', c: [{ t: 'text', v: 'Note.' }] },
              { t: 'text', v: ' quoted' },
            ],
          },
        ],
      },
      { t: 'code', lang: 'json', v: '{ "a": 1 }' },
      { t: 'heading', level: 2, id: 'the-file-1', c: [{ t: 'text', v: 'The file' }] },
    ]);
    expect(headingSlug('The timeline (`bench/timeline/`): a, b')).toBe('the-timeline-benchtimeline-a-b');
  });

  it('reads docs/format.md whole: one title, every contents link leads to a heading', () => {
    const blocks = parseMarkdown(readFileSync(new URL('../../docs/format.md', import.meta.url), 'utf8'));
    expect(blocks.filter((b) => b.t === 'heading' && b.level === 1)).toHaveLength(1);
    const ids = new Set(blocks.flatMap((b) => (b.t === 'heading' ? [b.id] : [])));
    const contents = blocks.find((b) => b.t === 'list' && b.ordered);
    const hrefs =
      contents?.t === 'list' ? contents.items.flatMap((i) => i.flatMap((n) => (n.t === 'link' ? [n.href] : []))) : [];
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(ids).toContain(href.slice(1));
    expect(blocks.some((b) => b.t === 'table' && b.rows.length > 20)).toBe(true);
  });
});
