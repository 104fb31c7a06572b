/** English: sickness milestones, rule sentences and the "Rules and sources" page. (Same keys as law.sv.ts.) */
import type { lawSv } from './law.sv';
import type { lawHolidaySv, lawNotesSv } from './lawLater.sv';

/** The Swedish holiday names and counting notes load later (lawLater.sv.ts); English has them here. */
export const lawEn: typeof lawSv & { holiday: typeof lawHolidaySv; notes: typeof lawNotesSv } = {
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
      'From day 181 the work capacity is judged against work normally found on the labour market, except when the person is likely to be able to return to work at the employer within a year, or when there are special reasons, among them serious illness, to assume that the person can return there before day 550, socialförsäkringsbalken ch. 27 § 48',
    rule365:
      'From day 366 the work capacity is judged against work normally found on the labour market unless that is unreasonable, socialförsäkringsbalken ch. 27 § 49',
    employedNote:
      'Employed when the sickness period began: the steps of the rehabilitation chain apply (socialförsäkringsbalken ch. 27 §§ 46–49).',
    unemployed:
      'No employment when the sickness period began: the work capacity is judged against work normally found on the labour market from the first day (SFB ch. 27 § 46). Days 90 and 180 are only day marks here.',
    joined:
      'The days are calendar days of the sickness period; sickness periods less than 90 days apart are joined (SFB ch. 27 § 51).',
    plainItem: 'Day {{day}}: {{date}}, day mark',
    tickTitlePlain:
      'Day {{day}} of the sickness period: {{date}} (day mark: no employment when the sickness period began)',
    ariaList: 'milestones: {{list}}',
    legend:
      'Days 90, 180 and 365 of a sickness period with an employment: steps of the rehabilitation chain (a solid line through the bar; red and thicker: within 90 days)',
    legendPlain:
      'Days 90, 180 and 365 of a sickness period without an employment: day marks only (a thin dotted line inside the bar)',
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
    midsommarafton: 'Midsummer Eve (treated as a Sunday)',
    midsommardagen: 'Midsummer Day',
    allaHelgonsDag: "All Saints' Day",
    julafton: 'Christmas Eve (treated as a Sunday)',
    juldagen: 'Christmas Day',
    annandagJul: 'Boxing Day',
    nyarsafton: "New Year's Eve (treated as a Sunday)",
  },
  notes: {
    countedFromSickFrom:
      "The days are counted from the first day of sickness, {{date}} (the employer's sick-pay days included, SFB ch. 27 § 51).",
    countedFromStart:
      'The days are counted from the start of the sickness benefit, {{date}}; no earlier first day of sickness is given.',
    earlierTime:
      'Earlier time in introduktionsjobb, {{count}} days, counts towards it (förordningen (2018:42) on special employment support, 11 §).',
    earlierTime_one:
      'Earlier time in introduktionsjobb, {{count}} day, counts towards it (förordningen (2018:42) on special employment support, 11 §).',
    untilAge:
      'Activity compensation is paid at the longest up to and including the month before the participant turns {{age}} (socialförsäkringsbalken ch. 33).',
    untilAgeYearOnly: 'Only the birth year ({{birthYear}}) is known: Resan counts {{date}} at the latest.',
    untilAgeNoBirthYear: 'The birth year is not given, so Resan counts no longest time.',
  },
  review: '{{name}}: beyond {{months}} months {{note}}',
  beyondLimit: '{{name}}: after {{limit}} {{note}}',
  rulesLink: 'Rules and sources',
  rulesLinkFor: 'Rules and sources for {{kind}}',
  // The rest of page loads with its page (rulesPage.en.ts).
  page: {
    review: 'beyond {{months}} mo {{note}}',
  },
};
