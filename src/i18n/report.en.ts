/** English for the Lex Heller draft (under `cohort.report`). Same keys as report.sv.ts. */
import type { reportSv } from './report.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const reportEn: Shape<typeof reportSv> = {
  heading: 'Deviation (Lex Heller): draft',
  intro:
    'Lex Heller is the coordination associations’ way of reporting where collaboration fails. Choose a finding: the draft is written from the figures, with small numbers hidden as on screen. Fill in the details, choose the consequences and write the proposal yourself.',
  finding: 'Finding',
  findings: {
    handover: 'A transition in the matrix',
    waits: 'Waiting after a pre-step',
    cliffs: 'Interventions ending',
  },
  pair: 'Transition',
  pairSame: '{{actor}} (break within the same actor)',
  title: 'Deviation (Lex Heller): {{what}}',
  titleLabel: 'Title',
  titles: {
    handover: 'grey zone at the transition from {{from}} to {{to}}',
    same: 'grey zone at a break within the same actor ({{actor}})',
    waits: 'waiting after a pre-step',
    cliffs: 'interventions ending with no registered next step',
  },
  synthetic: 'synthetic data, no real people',
  nobody: 'no registered actor',
  fields: {
    legend: 'About the report',
    forbund: 'Coordination association',
    role: 'Reporter’s role',
    roleHint: 'A role, for example development officer – never a name.',
    date: 'Date',
    recipients: 'Recipients',
    recipientsDefault:
      'The association’s board, the Public Employment Service, the municipality, the Social Insurance Agency',
    parties: 'Parties concerned',
    periodFrom: 'Journeys from',
    periodTo: 'Journeys to',
    periodHint:
      'Filled in from the cohort: the first and last date in the journeys (at most the reference day). {{all}} journeys in the cohort, {{selected}} in the selection.',
  },
  head: {
    forbund: 'Coordination association',
    date: 'Date',
    role: 'Reporter (role)',
    recipients: 'Recipients',
    parties: 'Parties concerned',
    period: 'Period',
    periodValue: '{{from}} – {{to}}; {{all}} participants in the cohort, {{selected}} in the selection',
    empty: 'not filled in',
  },
  basis:
    'The basis is a summary of the journeys of {{count}} participants in Resan with reference day {{date}}, not a single event. It contains no personal data; numbers below 5 are not shown.',
  basisShown:
    'The basis is a summary of the journeys of {{count}} participants in Resan with reference day {{date}}, not a single event. It contains no personal data, but numbers below 5 are shown: {{mark}}.',
  basisSynthetic:
    'The basis is a summary of the synthetic journeys (demo data, no real people) of {{count}} participants in Resan with reference day {{date}}, not a single event. It contains no personal data; numbers below 5 are not shown.',
  basisSyntheticShown:
    'The basis is a summary of the synthetic journeys (demo data, no real people) of {{count}} participants in Resan with reference day {{date}}, not a single event. It contains no personal data, but numbers below 5 are shown: {{mark}}.',
  definitionLabel: 'Definition',
  definitions: {
    handover:
      'Grey zone: a period when, according to the data, a participant has no registered intervention or registered mandate with any actor, between two interventions or mandates.',
    waits:
      'Waiting after a pre-step: the days from the day after a pre-step (a preparatory intervention) ended to the day the next step (a programme, studies or work) began.',
    cliffs:
      'Intervention ending with no next step: an intervention that, according to the data, ends within 90 days of the reference day with no next step registered.',
  },
  sections: {
    challenge: 'Collaboration challenge',
    consequences: 'Consequences',
    proposal: 'Proposed solution',
    feedback: 'Feedback',
  },
  about: 'About the basis',
  handover: {
    challenge:
      'At the transition from {{from}} to {{to}}, participants have periods with no registered intervention or registered mandate (grey zone according to the data). In the selection this concerned {{journeys}} participants with {{zones}} such periods and {{days}} days in all. A period lasted {{mean}} days on average; the median length per period was {{median}} days.',
    same: 'At {{actor}}, participants have breaks between two interventions or mandates with no registered intervention or registered mandate (grey zone according to the data). This is a break within the same actor, not a transition between actors. In the selection this concerned {{journeys}} participants with {{zones}} such periods and {{days}} days in all. A period lasted {{mean}} days on average; the median length per period was {{median}} days.',
  },
  waits: {
    challenge:
      'After a pre-step, participants wait for the next step. Of {{withForsteg}} participants with a pre-step, {{withWait}} ({{share}} %) waited at least one day. The median wait among the waits that had ended on the reference day was {{median}} days; a quarter of them waited {{p75}} days or longer and a tenth {{p90}} days or longer. {{stillWaiting}} are still waiting, and {{noNextStep}} pre-steps have no registered next step.',
    none: 'No participants in the selection have a pre-step.',
  },
  cliffs: {
    challenge:
      'Interventions end with no next step registered. Within 90 days of the reference day this concerns {{journeys}} participants. By kind: {{byKind}}.',
    none: 'none',
  },
  consequences: {
    legend: 'Typical consequences: choose, then edit the text',
    income:
      'Participants may be left without income between two actors’ responsibilities, when one benefit has ended and the next has not yet begun.',
    bistand: 'Participants risk needing financial assistance (ekonomiskt bistånd) from the municipality meanwhile.',
    momentum:
      'What was built up in the pre-step or the rehabilitation (motivation, routines, contacts) may be lost during the break.',
    lapse: 'A decision or a referral may lapse before the next step begins, so that it has to be made again.',
  },
  placeholder: 'Write here.',
  markNote:
    'Small numbers are shown: the title, the copy, the printout and the files are marked "{{mark}}". The mark cannot be removed while small numbers are shown.',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed:
    'Could not copy here (the browser does not allow it). Download the text instead, or select and copy it from the printout.',
  print: 'Print',
  markdown: 'Download as Markdown',
  text: 'Download as text',
};
