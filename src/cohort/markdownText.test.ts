/**
 * Issue 28, item 2: the Lex Heller draft's Markdown, rendered by two common renderers (marked,
 * with GFM as it comes, and markdown-it), has no element but the draft's own headings,
 * paragraphs, list and emphasis, whatever text the labels and fields hold, and every piece of
 * that text comes out as the text it was; the plain-text draft has no control characters.
 */
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from './lexHeller';
import { mdBlock, mdInline, plainText } from './markdownText';
import { type ReportDoc, reportMarkdown, reportText } from './reportDocument';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- dolt --> <details open>',
  '[klick](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<http://evil.example>',
  '![bild](http://evil.example/x.png)',
  '[ref]: http://evil.example',
  '[^1] och [länk][ref]',
  'https://evil.example/väg och www.evil.example och ftp://evil.example',
  'post@evil.example och mailto:post@evil.example',
  '**fet** __fet__ _kursiv_ *kursiv* ~~struken~~ ~struken~ `kod`',
  '# rubrik',
  '## rubrik',
  '> citat',
  '- lista',
  '* lista',
  '+ lista',
  '1. lista',
  '7) lista',
  '---',
  '***',
  '===',
  '    indraget',
  '\tindraget',
  '```',
  'kod',
  '```',
  '~~~',
  '| a | b |',
  '| --- | --- |',
  'a | b',
  '--- | ---',
  '&lt;b&gt; &#60;script&#62; &copy;',
  'två mellanslag  ',
  'ett snedstreck\\',
  '\\',
  '$x$ {x} (x) !x',
  'styrtecken\u0000\u0007\u001b[31m\u0085\u009b\r slut',
  '\u202eomvänd\u202c och \u2066isolerad\u2069',
];
const ALLOWED = new Set(['h1', 'h2', 'p', 'ul', 'li', 'strong', 'em']);

function doc(text: (i: number) => string, multi: string, mark: string | null = null): ReportDoc {
  return {
    mark,
    title: text(0),
    forbund: text(1),
    head: HOSTILE.map((_, i) => [`Rad ${i}`, text(i)]),
    basis: text(2),
    definitionLabel: 'Definition',
    definition: multi,
    sections: SECTIONS.map((id, i) => ({ id, heading: `Avsnitt ${i}`, text: multi })),
    aboutHeading: 'Underlag',
    about: HOSTILE.map((_, i) => [`Uppgift ${i}`, text(i)]),
  };
}
const hostile = doc((i) => HOSTILE[i], HOSTILE.join('\n'));
const neutral = doc(() => 'x', HOSTILE.map(() => 'x').join('\n'));

const renderers: [string, (md: string) => string][] = [
  ['marked', (md) => marked.parse(md, { async: false })],
  ['markdown-it', (md) => new MarkdownIt().render(md)],
];

/** The elements of rendered HTML, in order, with their attributes. */
const elements = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ tag: m[1], attrs: m[2] }));
const count = (html: string) => {
  const n: Record<string, number> = {};
  for (const e of elements(html)) n[e.tag] = (n[e.tag] ?? 0) + 1;
  return n;
};
/** The text a reader sees: tags out, the renderers' entities read, white space as one. */
const seen = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const asText = (s: string) => plainText(s).replace(/\s+/g, ' ').trim();

describe('the draft as Markdown, with hostile text everywhere', () => {
  for (const [name, render] of renderers)
    it(`${name} renders only the draft's own headings, paragraphs, list and emphasis, and the text as it was`, () => {
      const html = render(reportMarkdown(hostile));
      for (const e of elements(html)) {
        expect(ALLOWED.has(e.tag), `<${e.tag}${e.attrs}>`).toBe(true);
        expect(e.attrs, `<${e.tag}${e.attrs}>`).toBe('');
      }
      // As many headings, list items and emphases as the draft with plain words has (paragraphs
      // may differ: the sections' own lines may make more).
      const [got, want] = [count(html), count(render(reportMarkdown(neutral)))];
      for (const tag of ['h1', 'h2', 'ul', 'li', 'strong', 'em']) expect(got[tag] ?? 0, tag).toBe(want[tag] ?? 0);
      const text = seen(html);
      for (const piece of HOSTILE) expect(text, piece).toContain(asText(piece));
    });

  it('escapes one line at a time: a line break in a one-line field is a space, a section keeps its lines', () => {
    expect(mdInline('a\n# b\n- c')).toBe('a # b - c');
    expect(mdBlock('a\n# b\n  - c')).toBe('a\n\\# b\n\\- c');
  });

  it('the plain-text draft has no control characters; line breaks and tabs stay', () => {
    const text = reportText(hostile);
    // eslint-disable-next-line no-control-regex -- what must not be there
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('styrtecken[31m\n slut');
    expect(text).toContain('\tindraget');
  });
});
