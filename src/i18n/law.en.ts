/** English: sickness milestones, rule sentences and the "Rules and sources" page. (Same keys as law.sv.ts.) */
import type { lawSv } from './law.sv';

export const lawEn: typeof lawSv = {
  milestone: {
    tick: 'day {{day}}',
    tickTitle: 'Day {{day}} of the sickness period: {{date}}',
    heading: 'The rehabilitation chain',
    item: 'Day {{day}}: {{date}}',
    passed: 'passed',
    inDays: 'in {{count}} days',
    inDays_one: 'in {{count}} day',
    today: 'today',
    upcoming: 'Day {{day}} of the sickness period in {{count}} days',
    upcoming_one: 'Day {{day}} of the sickness period in {{count}} day',
    upcomingToday: 'Day {{day}} of the sickness period is today',
    upcomingDetail: '{{date}}, {{name}}',
    rule90:
      'From day 91 the work capacity is also judged against other work at the employer, socialförsäkringsbalken ch. 27 § 47',
    rule180:
      'From day 181 the work capacity is judged against work normally found on the labour market, socialförsäkringsbalken ch. 27 § 48',
    rule365:
      'From day 366 the work capacity is judged against work normally found on the labour market unless that is unreasonable, socialförsäkringsbalken ch. 27 § 49',
    ariaList: 'milestones: {{list}}',
    legend: 'Days 90, 180 and 365 of the sickness period (red: within 90 days)',
    csvKind: 'Sickness period, day {{day}}',
  },
  holiday: {
    nyarsdagen: "New Year's Day",
    trettondedagJul: 'Epiphany',
    langfredagen: 'Good Friday',
    annandagPask: 'Easter Monday',
    forstaMaj: 'May Day',
    kristiHimmelfardsdag: 'Ascension Day',
    annandagPingst: 'Whit Monday',
    nationaldagen: 'National Day',
    midsommarafton: 'Midsummer Eve (in practice)',
    midsommardagen: 'Midsummer Day',
    allaHelgonsDag: "All Saints' Day",
    julafton: 'Christmas Eve (in practice)',
    juldagen: 'Christmas Day',
    annandagJul: 'Boxing Day',
    nyarsafton: "New Year's Eve (in practice)",
  },
  review: '{{name}}: beyond {{months}} months {{note}}',
  beyondLimit: '{{name}}: after {{limit}} {{note}}',
  rulesLink: 'Rules and sources',
  rulesLinkFor: 'Rules and sources for {{kind}}',
  page: {
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
    review: 'beyond {{months}} mo {{note}}',
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
  },
};
