/** axe-core audits shared by the specs: WCAG 2.1 A/AA (and, asked for, best practice) with a readable report of each violation. */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** One violation as a person reads it: rule, impact, what it says, and each element with its failure. */
function describeViolation(v: Violation): string {
  const nodes = v.nodes
    .map((n) => {
      const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ');
      const summary = (n.failureSummary ?? '').replace(/\n/g, '\n        ');
      return `    - ${target}\n      html: ${n.html.slice(0, 200)}\n      ${summary}`;
    })
    .join('\n');
  return `• ${v.id} [${v.impact ?? 'unknown'}] ${v.help}\n  ${v.helpUrl}\n  ${v.nodes.length} element(s):\n${nodes}`;
}

/**
 * Runs axe with the WCAG 2.1 A/AA rules (with `bestPractice`, axe's best-practice rules and its
 * experimental label-in-name rule too, as an independent audit runs them) and expects no violation, with a readable report if there are any.
 */
export async function expectNoViolations(
  page: Page,
  testInfo: TestInfo,
  screen: string,
  { bestPractice = false }: { bestPractice?: boolean } = {},
) {
  const tags = bestPractice ? [...WCAG_21_AA, 'best-practice'] : WCAG_21_AA;
  // Legacy mode runs axe.run in the page itself. The default runs axe in parts per frame and then
  // finishes in a new blank page, sending it every node's partial result: on a chart of 150 bars
  // that took 15-21 s against 4.5-10 s in the page (measured side by side, both warmed, on this
  // machine). The app has no frames, so nothing is left unaudited. Only violations are read, so
  // axe is asked to keep only those in full. `options` replaces the builder's options, so it comes
  // before `withTags`, which adds to them.
  // label-content-name-mismatch (WCAG 2.5.3) is "experimental" in axe and off unless named; an audit runs it.
  const rules: Record<string, { enabled: boolean }> = bestPractice
    ? { 'label-content-name-mismatch': { enabled: true } }
    : {};
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'], rules })
    .withTags(tags)
    .setLegacyMode(true)
    .analyze();
  const report = results.violations.length
    ? `axe found ${results.violations.length} ${bestPractice ? 'WCAG 2.1 AA or best-practice' : 'WCAG 2.1 AA'} violation(s) on ${screen}:\n\n${results.violations
        .map(describeViolation)
        .join('\n\n')}`
    : `no WCAG 2.1 AA violations on ${screen}`;
  await testInfo.attach(`axe: ${screen}`, { body: report, contentType: 'text/plain' });
  if (results.violations.length) console.log(report);
  expect(
    results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
    report,
  ).toEqual([]);
}
