/** English: the "Rules and sources" page (law.page). Same keys as rulesPage.sv.ts. */
import type { rulesPageSv } from './rulesPage.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const rulesPageEn: Widen<typeof rulesPageSv> = {
  title: 'Rules and sources',
  intro:
    "How Resan counts. The table below is made from the app's own catalogue, so it shows exactly the rules the analysis uses. The law as it stands in 2026.",
  back: 'Back to the journey',
  kindsHeading: 'Intervention kinds',
  colKind: 'Kind',
  colCategory: 'Category',
  colActor: 'Actor',
  colPerDecision: 'Per decision',
  colTotal: 'In total',
  colPeriods: 'Periods and exceptions',
  colSource: 'Source',
  months: '{{count}} mo',
  none: '–',
  activity: 'activity',
  notActivity: 'responsibility without activity',
  availableFrom: 'exists from {{from}}',
  availableUntil: 'no new decisions after {{to}}',
  availableBetween: 'existed {{from}}–{{to}}',
  period: 'at most {{months}} mo in total for starts {{from}}–{{to}}',
  periodByDecision: 'at most {{months}} mo in total for a start or an extension decided {{from}}–{{to}}',
  youth:
    'at most {{months}} mo in total at ages {{from}}–{{to}} at start (start year − birth year; a warning at {{from}} and {{next}})',
  countsFrom: "counted from the journey's first start of the kind, at the earliest {{from}}",
  holidaysHeading: 'Working days and public holidays',
  holidaysIntro:
    'Working days are Monday to Friday except the public holidays of lag 1989:253 as they stood in each year, and midsommarafton, julafton and nyårsafton (treated like Sundays in practice). Nationaldagen is a holiday from 2005 and annandag pingst up to and including 2004 (SFS 2004:1320). The table shows the days of two years, computed by the same code that counts working days.',
  colHoliday: 'Day',
  notHoliday: 'not a holiday',
  definitionsHeading: 'How the analysis counts',
  definitions: {
    effectiveEnd:
      "Effective end: the actual end if known; else the planned end plus extensions; else the start plus the kind's length per decision, minus one day, plus extensions; else open-ended. Everything but an actual end is projected.",
    gap: 'Gap: a run of days on which no ongoing activity covers the participant (programmes and benefits are responsibility, not activity).',
    wait: "Wait after a pre-step: the days from the day after a pre-step's end to the next activity; no next step planned when the pre-step ends last of all.",
    greyZone:
      'Grey zone: a run of days on which no actor holds responsibility, neither through an intervention nor a mandate. Manual grey zones count too.',
    cliff:
      'Ending soon: an intervention ending within 90 days of the reference day with no other activity taking over the next day. The headroom is whole months up to the maximum.',
    milestone:
      'Sickness period: sickness benefit spells at most 89 days apart count as one (socialförsäkringsbalken ch. 27 § 51). Days 90, 180 and 365 are the 90th, 180th and 365th day with sickness benefit in the period.',
    ruleLimit:
      'Maximum: the start plus the total months minus one day, under the rule in force at the start (or, for introduktionsjobb and extratjänst, at an extension decided 2020-05-01–2021-12-31). For sfi, three years from the first admission, at the earliest 2026-01-01.',
  },
};
