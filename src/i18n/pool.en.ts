/** English: the figures file and Sammanställ (pooling) in the Kohort view (issue 27). Same keys as pool.sv.ts. */
import type { poolSv } from './pool.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const poolEn: Shape<typeof poolSv> = {
  export: {
    button: 'Export figures file…',
    title: 'Export a figures file?',
    text: 'The file holds the figures of the {{count}} journeys in the selection, so that another förbund or a region can add them to theirs. It holds no journey, id, reference, name, date of one person’s intervention or free text.',
    notice:
      'The counts are exact: small counts are not hidden, so that the total is right. Send the file only to whoever pools the figures.',
    label: 'Whom the figures come from (shown in the pooled figures)',
    confirm: 'Export',
    cancel: 'Cancel',
    computing: 'Computing … {{done}} of {{total}} journeys',
    done: 'The figures file {{file}} is saved.',
    failed: 'The figures file could not be made ({{message}}).',
  },
  open: 'Pool figures…',
  heading: 'Pooled figures of the förbund',
  intro:
    'Add up figures files from several förbund without any journey leaving its förbund. The figures are added up first; small counts are hidden after merging. A journey must be in one source only: Resan cannot see that, since the files hold no journeys.',
  back: 'Back to the cohort',
  choose: 'Choose figures files…',
  includeLocal: 'Include the cohort in this browser: {{name}}, {{count}} journeys',
  localLabel: '{{name}} (this browser)',
  localComputing: 'Computing the cohort in this browser … {{done}} of {{total}} journeys',
  localFailed: 'The cohort in this browser could not be computed ({{message}}).',
  clear: 'Remove the chosen files',
  filters: 'the selections in the sources’ files',
  more: 'and {{count}} more problems',
  none: 'No figures to show yet: choose one or more figures files.',
  sources: {
    heading: 'Sources',
    caption: 'The sources added up',
    label: 'Source',
    file: 'File',
    journeys: 'Journeys',
    asOf: 'Reference day',
    made: 'Made',
    total: 'Total',
    one: '{{label}} ({{count}} journeys)',
    merged: '{{label}} ({{count}} journeys, merged from: {{list}})',
    named: 'Pooled figures of {{count}} sources',
  },
  refusedHeading: 'Files not added up',
  refused: '{{file}}: {{reason}}',
  reasons: {
    changed: 'the figures do not match the file’s check: the file was changed or cut short',
    doesNotAddUp: 'the figures do not add up ({{path}}: {{message}})',
    options: 'made with other options than {{first}}: {{options}}',
  },
  options: {
    asOf: 'reference day',
    ignoreGapsUpToDays: 'gaps not counted',
    cliffHorizonDays: 'cliff horizon',
    from: 'first day around the anchor',
    to: 'last day around the anchor',
    anchors: 'anchors',
  },
  duplicate: '{{file}} is the same file as {{first}} and counts once only.',
  otherFilters: '{{file}} was made with another selection than {{first}}; its figures are added up all the same.',
  noDrill:
    'Drill-down to single journeys is not possible here: the figures files hold figures only, no journeys. For the same reason the sequence plot and the lists of journeys with cliffs and milestones are not shown, only the counts by kind and month.',
  view: 'Show',
  total: 'Total',
  sideBySide: 'Side by side',
  sideCaption:
    'Each source’s figures beside the total. Small counts are hidden for each source on its own and for the total.',
  figure: 'Figure',
  anchor: 'Anchor',
  counts: {
    heading: 'Gaps, cliffs and milestones by kind',
    gapsTitle: 'Gaps by the kind of intervention before the gap',
    gapsKind: 'Kind before the gap',
    gaps: 'Gaps',
    days: 'Days',
    noKind: 'No intervention before',
    gapsNote: 'A gap after two interventions of different kinds counts under both.',
    gapsNone: 'No gaps.',
    cliffsTitle: 'Interventions ending within {{days}} days with nothing after, by kind and month of the end',
    cliffsNone: 'No intervention ends with nothing after within {{days}} days.',
    cliffsNote: 'The counts are of interventions, not journeys: a journey with two such interventions counts twice.',
    kind: 'Kind',
    milestonesTitle: 'Sickness benefit days 90, 180 and 365 coming up, by month',
    milestonesNone: 'No sickness benefit day is coming up.',
    day: 'Day',
    dayValue: 'Day {{day}}',
    total: 'Total',
  },
  report: {
    handover:
      'At the hand-over from {{from}} to {{to}}, participants have periods with no recorded intervention or assignment (a grey zone in the data). In the pooled figures this concerned {{journeys}} participants with {{zones}} such periods and {{days}} days in all. A period lasted {{mean}} days on average.',
    same: 'At {{actor}}, participants have breaks between two interventions or assignments with no recorded intervention or assignment (a grey zone in the data). This is a break at the same actor, not a hand-over between actors. In the pooled figures this concerned {{journeys}} participants with {{zones}} such periods and {{days}} days in all. A period lasted {{mean}} days on average.',
    cliffs:
      'Interventions end with no next step recorded. Within 90 days after the reference day this concerns {{count}} interventions. By kind: {{byKind}}.',
  },
};
