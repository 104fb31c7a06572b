/**
 * What the accessibility statement says about itself, in one place: its dates, the known
 * shortcomings it lists, and the organisation that answers for Resan where it is used.
 *
 * The statement page lists exactly `SHORTCOMINGS`, each with its text under `gaps` in
 * statement.sv.ts and statement.en.ts; statementFacts.test.ts reads the same list and the same
 * catalogue, so the page cannot list a shortcoming without its text or hold text it does not show.
 */

/** The known shortcomings, in the order the page lists them. */
export const SHORTCOMINGS = ['chart', 'drag', 'spacing', 'patterns', 'large'] as const;
export type Shortcoming = (typeof SHORTCOMINGS)[number];

/**
 * The end-to-end test that shows each shortcoming and what the statement says beside it (the
 * other way, the table, the keys, the full text): a spec under e2e/ and the title of a test in it.
 * statementFacts.test.ts finds each title in its spec, so the list claims nothing no test visits.
 */
export const SHORTCOMING_EVIDENCE: Record<Shortcoming, { spec: string; test: string }> = {
  chart: {
    spec: 'e2e/tablePages.spec.ts',
    test: 'a thousand interventions: the table shows 100 rows a page, turned by click and keyboard, and follows the chosen bar',
  },
  drag: {
    spec: 'e2e/keyMoveAnnounce.spec.ts',
    test: 'an arrow key moves a bar and the live region says its new dates; Alt+arrow its new end; in English too',
  },
  spacing: {
    spec: 'e2e/chartText.spec.ts',
    test: '1.4.12 text spacing: with the overrides, no chart label overlaps another or leaves its box',
  },
  patterns: {
    spec: 'e2e/kindCues.spec.ts',
    test: 'the kinds differ by texture, in the chart, the legend and a greyscale screenshot',
  },
  large: {
    spec: 'e2e/bigJourney.spec.ts',
    test: '3,000 interventions: drawn in slices while clicks are answered, then every bar reached by keyboard and table',
  },
};

/**
 * Calendar days. `assessed`: the last assessment of Resan against WCAG 2.1 AA, the checks listed
 * under "Hur vi testat Resan" (issue 13). `updated`: the last change of this statement.
 */
export const STATEMENT_DATES = { assessed: '2026-11-28', updated: '2026-12-06' } as const;

/**
 * The organisation that offers Resan, and where to reach it about accessibility: filled in by
 * that organisation in the built index.html (README, "Tillgänglighetsredogörelsen"). A value in
 * square brackets is the placeholder it ships with.
 */
export const DEPLOYMENT_SETTINGS = {
  organisation: 'resan-organisation',
  contact: 'resan-accessibility-contact',
} as const;

/** An empty value, or the placeholder in square brackets: not filled in. */
export const isPlaceholder = (value: string) => /^\s*(\[[^\]]*\])?\s*$/.test(value);

/** A setting from its `<meta>` in the page, or null while it is not filled in. */
export function deploymentSetting(key: keyof typeof DEPLOYMENT_SETTINGS, doc: Document = document): string | null {
  const value = doc.querySelector<HTMLMetaElement>(`meta[name="${DEPLOYMENT_SETTINGS[key]}"]`)?.content ?? '';
  return isPlaceholder(value) ? null : value.trim();
}
