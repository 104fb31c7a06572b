/**
 * The README a newcomer reads (issue #22): under 15 KB, and every relative link in it, in
 * docs/*.md and in bench/README.md leads to a file or folder inside the repository, and an
 * anchor (`#…`) to a heading of the page it points at (as GitHub names headings).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingSlug } from '../src/rules/markdown';

const ROOT = path.resolve(__dirname, '..');
const PAGES = [
  'README.md',
  'bench/README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The page's text without fenced code blocks and code spans, where `[a](b)` is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Inline links and images: `[text](target)`, `![alt](target "title")`. */
export function linksOf(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
}

/** GitHub's anchors for a page's headings (the same slugs the app's format page gives), repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = headingSlug(heading);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** What is wrong with a relative link from `page`, or null when it resolves. */
function problemOf(page: string, target: string): string | null {
  const [file, anchor] = target.split('#', 2);
  const resolved = file === '' ? path.join(ROOT, page) : path.resolve(path.dirname(path.join(ROOT, page)), file);
  const rel = path.relative(ROOT, resolved);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return `${target}: outside the repository`;
  if (!existsSync(resolved)) return `${target}: no such file`;
  if (anchor === undefined) return null;
  if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) return `${target}: an anchor into a non-page`;
  if (!anchorsOf(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor)))
    return `${target}: no heading #${anchor} in ${rel}`;
  return null;
}

describe('the README and the docs', () => {
  it('the link reader finds links and GitHub anchors', () => {
    expect(linksOf('See [a](docs/a.md#x), ![p](p.png "t") and `[no](code.md)`.\n```\n[no](x)\n```\n')).toEqual([
      'docs/a.md#x',
      'p.png',
    ]);
    expect([
      ...anchorsOf(
        '# Resan\n## Saving: what Resan guarantees, and what it cannot\n## The timeline (`bench/timeline/`)\n## Resan',
      ),
    ]).toEqual(['resan', 'saving-what-resan-guarantees-and-what-it-cannot', 'the-timeline-benchtimeline', 'resan-1']);
  });

  it('README.md is under 15 KB', () => {
    expect(statSync(path.join(ROOT, 'README.md')).size).toBeLessThan(15 * 1024);
  });

  it('README.md links to the format and the benchmarks', () => {
    const links = linksOf(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    expect(links).toContain('docs/format.md');
    expect(links).toContain('bench/README.md');
  });

  for (const page of PAGES) {
    it(`every relative link in ${page} resolves inside the repository`, () => {
      const links = linksOf(readFileSync(path.join(ROOT, page), 'utf8')).filter((t) => !isExternal(t));
      expect(links.map((t) => problemOf(page, t)).filter((p) => p !== null)).toEqual([]);
    });
  }
});
