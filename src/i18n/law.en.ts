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
  // The rest of page loads with its page (rulesPage.en.ts).
  page: {
    review: 'beyond {{months}} mo {{note}}',
  },
};
