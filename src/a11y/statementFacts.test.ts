/**
 * The accessibility statement's facts (issue 25, item 8): the page lists exactly SHORTCOMINGS, and
 * each has its text in both languages with no text left over; the dates are calendar days in order;
 * the built page ships the organisation's settings as placeholders that the statement does not show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementEn } from '../i18n/statement.en';
import { statementSv } from '../i18n/statement.sv';
import {
  DEPLOYMENT_SETTINGS,
  SHORTCOMINGS,
  SHORTCOMING_EVIDENCE,
  STATEMENT_DATES,
  deploymentSetting,
  isPlaceholder,
} from './statementFacts';

const root = path.resolve(__dirname, '../..');

describe('the known shortcomings', () => {
  it('are the texts of the catalogue, no more and no fewer, in the same order, in Swedish and English', () => {
    expect(Object.keys(statementSv.gaps)).toEqual([...SHORTCOMINGS]);
    expect(Object.keys(statementEn.gaps)).toEqual([...SHORTCOMINGS]);
    for (const k of SHORTCOMINGS) {
      expect(statementSv.gaps[k].trim()).not.toBe('');
      expect(statementEn.gaps[k].trim()).not.toBe('');
    }
  });

  it('each names the end-to-end test that visits it, and that test is in its spec', () => {
    for (const k of SHORTCOMINGS) {
      const { spec, test } = SHORTCOMING_EVIDENCE[k];
      const text = readFileSync(path.join(root, spec), 'utf8');
      expect(text, `${k}: ${spec}`).toContain(`test('${test}'`);
    }
  });

  it('are what the page lists: it maps SHORTCOMINGS and names no shortcoming of its own', () => {
    const page = readFileSync(path.join(root, 'src/a11y/StatementPage.tsx'), 'utf8');
    expect(page).toMatch(/SHORTCOMINGS\.map\(\(k\) => \(\s*<li key=\{k\}>\{s\(`gaps\.\$\{k\}`\)\}<\/li>/);
    expect(page.match(/gaps\./g)).toHaveLength(1);
  });
});

it('the dates are calendar days, the assessment not after the last update', () => {
  const { assessed, updated } = STATEMENT_DATES;
  for (const d of [assessed, updated]) expect(d).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  expect(assessed <= updated).toBe(true);
});

describe("the organisation's settings", () => {
  it('ship in index.html as placeholders in square brackets', () => {
    const html = readFileSync(path.join(root, 'index.html'), 'utf8');
    for (const name of Object.values(DEPLOYMENT_SETTINGS)) {
      const content = html.match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1];
      expect(content, name).toMatch(/^\[.+\]$/);
      expect(isPlaceholder(content!)).toBe(true);
    }
  });

  it('are read from their meta, and a placeholder or nothing reads as not filled in', () => {
    const doc = (values: Record<string, string>) =>
      ({
        querySelector: (selector: string) => {
          const name = selector.match(/^meta\[name="(.+)"\]$/)?.[1] ?? '';
          return name in values ? { content: values[name] } : null;
        },
      }) as unknown as Document;
    const filled = doc({ 'resan-organisation': ' Region Östergötland ', 'resan-accessibility-contact': 'a11y@x.se' });
    expect(deploymentSetting('organisation', filled)).toBe('Region Östergötland');
    expect(deploymentSetting('contact', filled)).toBe('a11y@x.se');
    const shipped = doc({ 'resan-organisation': '[Organisationens namn]', 'resan-accessibility-contact': '  ' });
    expect(deploymentSetting('organisation', shipped)).toBeNull();
    expect(deploymentSetting('contact', shipped)).toBeNull();
    expect(deploymentSetting('contact', doc({}))).toBeNull();
  });
});
