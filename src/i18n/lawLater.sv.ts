/**
 * Svenska: the law's texts that the first screen does not show (issue #26): the holidays' names
 * (the rules page) and the notes on how a limit is counted (the details panel). They load with
 * those views (loadMessages in i18n/index.ts); the same keys are in law.en.ts.
 */
export const lawHolidaySv = {
  nyarsdagen: 'Nyårsdagen',
  trettondedagJul: 'Trettondedag jul',
  langfredagen: 'Långfredagen',
  annandagPask: 'Annandag påsk',
  forstaMaj: 'Första maj',
  kristiHimmelfardsdag: 'Kristi himmelsfärdsdag',
  annandagPingst: 'Annandag pingst',
  nationaldagen: 'Sveriges nationaldag',
  midsommarafton: 'Midsommarafton (jämställs med söndag)',
  midsommardagen: 'Midsommardagen',
  allaHelgonsDag: 'Alla helgons dag',
  julafton: 'Julafton (jämställs med söndag)',
  juldagen: 'Juldagen',
  annandagJul: 'Annandag jul',
  nyarsafton: 'Nyårsafton (jämställs med söndag)',
};

export const lawNotesSv = {
  countedFromSickFrom: 'Dagarna räknas från första sjukdagen {{date}} (sjuklönedagarna medräknade, SFB 27 kap. 51 §).',
  countedFromStart: 'Dagarna räknas från sjukpenningens start {{date}}; ingen tidigare första sjukdag är angiven.',
  earlierTime:
    'Tidigare tid i introduktionsjobb, {{count}} dagar, räknas in (förordningen (2018:42) om särskilt anställningsstöd, 11 §).',
  earlierTime_one:
    'Tidigare tid i introduktionsjobb, {{count}} dag, räknas in (förordningen (2018:42) om särskilt anställningsstöd, 11 §).',
  untilAge:
    'Aktivitetsersättning lämnas längst till och med månaden innan deltagaren fyller {{age}} år (socialförsäkringsbalken 33 kap.).',
  untilAgeYearOnly: 'Bara födelseåret ({{birthYear}}) är känt: Resan räknar med senast {{date}}.',
  untilAgeNoBirthYear: 'Födelseåret saknas, så Resan räknar ingen längsta tid.',
};
