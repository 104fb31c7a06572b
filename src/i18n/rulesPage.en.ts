/** English: the "Rules and sources" page (law.page). Same keys as rulesPage.sv.ts. */
import type { rulesPageSv } from './rulesPage.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const rulesPageEn: Widen<typeof rulesPageSv> = {
  title: 'Rules and sources',
  intro:
    "How Resan counts. The table below is made from the app's own catalogue, so it shows exactly the rules the analysis uses. The law as it stands in 2026.",
  back: 'Back to the journey',
  backToCohort: 'Back to the cohort',
  backToStatement: 'Back to the accessibility statement',
  formatIntro:
    "For those who write or read journey files (a case system's export, a coordinator's script): every field with its rule, the definitions with worked examples and the cohort figures.",
  formatLink: 'The file format and the definitions (docs/format.md)',
  formatBack: 'Back to Rules and sources',
  formatNote:
    "The same text as docs/format.md in Resan's source code, carried inside the app. Swedish terms are explained in it.",
  kindsHeading: 'Intervention kinds',
  colKind: 'Kind',
  colCategory: 'Category',
  colActor: 'Actor',
  colPerDecision: 'Per decision/referral',
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
  totalUnconfirmed: 'total: not confirmed',
  untilAge: 'up to and including the month before the age of {{age}}',
  untilAgeYearOnly:
    'with only the birth year known: at the latest 30 November of the year the participant turns {{age}}',
  earlierTime: 'earlier time with the support counts (förordningen (2018:42) on special employment support, 11 §)',
  holidaysHeading: 'Working days and public holidays',
  holidaysIntro:
    'Working days are Monday to Friday except the public holidays of lagen (1989:253) on public holidays as they stood in each year, and midsommarafton, julafton and nyårsafton, which are treated as Sundays (semesterlagen 3 a §). Nationaldagen is a holiday from 2005 and annandag pingst up to and including 2004 (SFS 2004:1320). The table shows the days of two years, computed by the same code that counts working days.',
  colHoliday: 'Day',
  notHoliday: 'not a holiday',
  sourcesHeading: 'Sources',
  sources: {
    sfb: "Socialförsäkringsbalken (2010:110) ch. 27 §§ 46–51: the rehabilitation chain, the sickness period and the employer's sick-pay days; ch. 33: activity compensation",
    sarskilt:
      'Förordningen (2018:42) on special employment support, 10–11 §§: introduktionsjobb and extratjänst; SFS 2020:224 and 2020:225 (36 months)',
    program: 'Förordningen (2000:634) on labour-market programmes, 7 §',
    lov: 'Lagen (2008:962) on free-choice systems (LOV): Prepare and match',
    lonebidrag:
      'Förordningen (2017:462) on special measures for people with a disability that reduces their work capacity: wage subsidies (the total of the wage subsidy for employment is not confirmed)',
    other:
      'Förordningen (2018:43) on support for new start jobs; förordningen (2022:807) on support for establishment jobs; förordningen (2017:820) on the establishment of certain newly arrived immigrants; förordningen (2007:813) on the youth job guarantee; förordningen (2003:623) on workplace introduction',
    skollagen: 'Skollagen (2010:800) ch. 20 as amended by prop. 2025/26:10: sfi',
    calendar:
      'Lagen (1989:253) on public holidays and SFS 2004:1320; semesterlagen (1977:480) 3 a §: midsommarafton, julafton and nyårsafton are treated as Sundays',
    finsam:
      'Lagen (2003:1210) on financial coordination of rehabilitation measures: pre-steps and other measures of coordination associations',
  },
  definitionsHeading: 'How the analysis counts',
  definitions: {
    effectiveEnd:
      "Effective end: the actual end if known; else the planned end plus extensions; else the start plus the kind's length per decision, minus one day, plus extensions; else open-ended. Everything but an actual end is projected.",
    gap: 'Gap: a run of days on which no ongoing activity covers the participant (programmes and benefits are responsibility, not activity).',
    wait: "Wait after a pre-step: the days from the day after a pre-step's end to the next activity; no next step planned when the pre-step ends last of all.",
    greyZone:
      'Grey zone: a run of days with no registered intervention or mandate at any actor. Manual grey zones count too.',
    cliff:
      'Ending soon: an intervention ending within 90 days of the reference day with no other activity taking over the next day. Possible extension: the whole months left to the longest time.',
    milestone:
      "Sickness period: the rehabilitation chain counts calendar days of the sickness period from the first day of sickness, so the employer's sick-pay days count when a first day of sickness before the sickness benefit is given; sickness periods less than 90 days apart are joined (socialförsäkringsbalken ch. 27 § 51). Days 90, 180 and 365 are the 90th, 180th and 365th day of the sickness period.",
    employed:
      'With an employment when the sickness period began, days 90 and 180 are steps of the rehabilitation chain (ch. 27 §§ 46–48). From day 181 the main rule does not apply when the person is likely to be able to return to work at the employer within a year, or when there are special reasons, among them serious illness, to assume that the person can return there before day 550 (§ 48). Days 90, 180 and 365 within 90 days of the reference day are then shown as upcoming.',
    unemployed:
      'Without an employment when the sickness period began, the work capacity is judged against work normally found on the labour market from the first day (socialförsäkringsbalken ch. 27 § 46). Days 90, 180 and 365 are then drawn as day marks only and never shown as upcoming.',
    ruleLimit:
      'Longest time: the start plus the total months minus one day, under the rule in force at the start (or, for introduktionsjobb and extratjänst, at an extension decided 2020-05-01–2021-12-31). For sfi, three years from the first admission, at the earliest 2026-01-01. For introduktionsjobb, earlier time in introduktionsjobb is subtracted (förordningen (2018:42) on special employment support, 11 §). Activity compensation is paid at the longest up to and including the month before the participant turns 30 (socialförsäkringsbalken ch. 33); with only the birth year known Resan counts 30 November of that year at the latest and warns.',
    forsteg:
      "Pre-step (försteg): Resan's word for a preparatory measure meant to lead on to a programme, studies or a job. It is a local word, not a statutory term.",
  },
};
