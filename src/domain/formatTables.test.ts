/**
 * formatTables.ts for kinds the built-in catalogue does not have (yet): the generated tables of
 * docs/format.md must stay true for any kind a rule change adds. A cell is one line with its
 * pipes escaped, a kind without a default actor says "–", and a rule period says its span (both
 * ends, one end or always), its maximums (one, the other, both) and whether a decided extension
 * counts. tests/formatDoc.test.ts checks the tables the built-in catalogue gives.
 */
import { describe, expect, it } from 'vitest';
import type { KindDef, RulePeriod } from './catalogue';
import { kindsTableMarkdown } from './formatTables';

const kind = (more: Partial<KindDef> = {}): KindDef => ({
  id: 'ny',
  label: { sv: 'Ny insats', en: 'New intervention' },
  category: 'praktik',
  builtIn: true,
  ...more,
});

const rowOf = (md: string) => md.split('\n')[2];
const notesOf = (periods: RulePeriod[]) =>
  kindsTableMarkdown([kind({ periods })])
    .split('\n')
    .at(-1);

describe('the kinds table for kinds beyond the built-in ones', () => {
  it('flattens every line break in a cell to a space and escapes its pipes', () => {
    const md = kindsTableMarkdown([kind({ label: { sv: 'Rad ett\nrad två', en: 'Line one\r\nline two | more' } })]);
    expect(rowOf(md)).toBe('| `ny` | Rad ett rad två | Line one line two \\| more | `praktik` | – | – | – |');
  });

  it('says – for no default actor and no maximums, and names them when there are', () => {
    expect(rowOf(kindsTableMarkdown([kind()]))).toContain('| `praktik` | – | – | – |');
    const md = kindsTableMarkdown([kind({ defaultActor: 'af', maxMonthsPerDecision: 6, maxTotalMonths: 24 })]);
    expect(rowOf(md)).toContain('| `praktik` | `af` | 6 | 24 |');
  });

  it('says the span of a period: both ends, from, up to, or always', () => {
    expect(notesOf([{ from: '2026-01-01', to: '2026-12-31', maxTotalMonths: 12 }])).toBe(
      '- `ny`: 12 in total when it starts in 2026-01-01–2026-12-31.',
    );
    expect(notesOf([{ from: '2026-01-01', maxTotalMonths: 12 }])).toBe(
      '- `ny`: 12 in total when it starts on or after 2026-01-01.',
    );
    expect(notesOf([{ to: '2025-12-31', maxTotalMonths: 12 }])).toBe(
      '- `ny`: 12 in total when it starts on or before 2025-12-31.',
    );
    expect(notesOf([{ maxTotalMonths: 12 }])).toBe('- `ny`: 12 in total when it starts.');
  });

  it('says the maximums of a period: per decision, in total, or both', () => {
    expect(notesOf([{ from: '2026-01-01', maxMonthsPerDecision: 6 }])).toBe(
      '- `ny`: 6 per decision when it starts on or after 2026-01-01.',
    );
    expect(notesOf([{ from: '2026-01-01', maxMonthsPerDecision: 6, maxTotalMonths: 24 }])).toBe(
      '- `ny`: 6 per decision, 24 in total when it starts on or after 2026-01-01.',
    );
  });

  it('says a period without maximums by its span alone', () => {
    expect(notesOf([{ from: '2026-01-01', to: '2026-06-30' }])).toBe(
      '- `ny`: when it starts in 2026-01-01–2026-06-30.',
    );
  });

  it('says when a decided extension counts too', () => {
    expect(notesOf([{ from: '2026-01-01', maxTotalMonths: 24, byDecision: true }])).toBe(
      '- `ny`: 24 in total when it starts, or an extension is decided (`decidedOn`), on or after 2026-01-01.',
    );
  });
});
