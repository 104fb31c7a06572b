/**
 * What the accessibility statement says about itself, in one place: its dates, the known
 * shortcomings it lists, and the organisation that answers for Resan where it is used.
 *
 * The statement page lists exactly `SHORTCOMINGS`, each with its text under `gaps` in
 * statement.sv.ts and statement.en.ts; statementFacts.test.ts reads the same list and the same
 * catalogue, so the page cannot list a shortcoming without its text or hold text it does not show.
 */

/** The known shortcomings, in the order the page lists them. */
export const SHORTCOMINGS = ['chart', 'drag', 'spacing', 'patterns'] as const;
export type Shortcoming = (typeof SHORTCOMINGS)[number];

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
