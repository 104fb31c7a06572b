import type { sideBySideSv } from './sideBySide.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const sideBySideEn: Widen<typeof sideBySideSv> = {
  heading: 'Compare scenarios side by side',
  intro: 'The baseline and each scenario on its own, on one time scale. Figures are compared with the baseline.',
  close: 'Close the comparison',
  baseline: 'Baseline',
  scenario: 'Scenario {{number}}',
  noScenarios: 'This journey has no scenarios yet. Create a scenario to compare it with the baseline.',
  failed: 'Cannot be applied',
  asOf: 'As of {{date}}',
  total: {
    gapDays: 'Gaps',
    forstegWaitDays: 'Waiting after pre-steps',
    greyZoneDays: 'Grey zones',
    employmentDays: 'Days in employment',
    supportedUntil: 'Support planned until',
  },
  days_one: '{{n}} day',
  days_other: '{{n}} days',
  supportedOpen: 'until further notice',
  supportedNone: 'nothing planned',
  to: 'to',
  unchanged: 'unchanged',
  better: 'better',
  worse: 'worse',
  legend: {
    heading: 'Key',
    projected: 'Projected end (lighter)',
    cancelled: 'Cancelled',
    changed: 'Changed in the scenario',
    mandate: 'Mandate',
    gap: 'Gap',
    wait: 'Waiting after pre-step',
    greyzone: 'Grey zone',
    cliff: 'Ends soon, nothing after',
    asOf: 'Reference day',
  },
};
