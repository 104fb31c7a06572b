import type { parallelSv } from './parallel.sv';

/**
 * English: what runs beside the main line (issue 21, docs/format.md, "Parallel interventions"): the form's
 * question, the bars' names, the legend, the details and the hint.
 */
export const parallelEn: typeof parallelSv = {
  form: {
    main: 'Main activity',
    beside: 'Beside – not counted as a next step',
    defaultMain: '(default: main activity)',
    defaultBeside: '(default: beside)',
    defaultBesideExtent: '(default: beside, extent below {{limit}} %)',
    hint: 'Beside: runs next to a placement, a pre-step or a job. It fills no gap, is no next step after a pre-step and gives no responsibility in grey zones.',
  },
  aria: 'beside the main line',
  legend: 'Beside (not counted as a next step)',
  details: {
    beside: 'Beside',
    why: 'Runs beside the main line: not counted as a next step, fills no gap and gives no responsibility in grey zones, but keeps its own maximum times.',
    makeMain: 'Count as main activity',
  },
  hint: {
    heading: 'Main activity or beside?',
    text: '{{name}} ({{when}}) counts as the main activity and hides {{what}}. Does it run beside?',
    ongoing: 'ongoing since {{from}}',
    ended: '{{from}} – {{to}}',
    planned: 'planned from {{from}}',
    wait_one: 'a wait after a pre-step of {{days}} days',
    wait_other: '{{count}} waits after pre-steps of {{days}} days in all',
    gap_one: 'a gap',
    gap_other: '{{count}} gaps',
    cliff_one: 'an end with nothing after',
    cliff_other: '{{count}} ends with nothing after',
    and: 'and',
    makeBeside: 'Count as beside',
  },
  announce: {
    beside: '{{name}} now counts as beside the main line.',
    main: '{{name}} now counts as the main activity.',
  },
};
