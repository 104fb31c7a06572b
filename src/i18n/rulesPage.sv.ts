/** Svenska: the "Regler och källor" page (law.page), loaded with the page. */
export const rulesPageSv = {
  title: 'Regler och källor',
  intro:
    'Så räknar Resan. Tabellen nedan skapas ur appens egen katalog, så den visar exakt de regler som analysen använder. Lagtexten gäller så som den ser ut 2026.',
  back: 'Tillbaka till resan',
  kindsHeading: 'Insatstyper',
  colKind: 'Insatstyp',
  colCategory: 'Kategori',
  colActor: 'Aktör',
  colPerDecision: 'Per beslut',
  colTotal: 'Totalt',
  colPeriods: 'Perioder och undantag',
  colSource: 'Källa',
  months: '{{count}} mån',
  none: '–',
  activity: 'aktivitet',
  notActivity: 'ansvar utan aktivitet',
  availableFrom: 'finns från {{from}}',
  availableUntil: 'inga nya beslut efter {{to}}',
  availableBetween: 'fanns {{from}}–{{to}}',
  period: 'högst {{months}} mån totalt för start {{from}}–{{to}}',
  periodByDecision: 'högst {{months}} mån totalt för start eller förlängningsbeslut {{from}}–{{to}}',
  youth:
    'högst {{months}} mån totalt vid {{from}}–{{to}} år vid start (startår − födelseår; varning vid {{from}} och {{next}})',
  countsFrom: 'räknas från resans första start av typen, tidigast {{from}}',
  holidaysHeading: 'Arbetsdagar och helgdagar',
  holidaysIntro:
    'Arbetsdagar är måndag till fredag utom helgdagar enligt lag 1989:253 så som de gällde varje år, och midsommarafton, julafton och nyårsafton (behandlas som söndagar i praktiken). Nationaldagen är helgdag från 2005 och annandag pingst till och med 2004 (SFS 2004:1320). Tabellen visar dagarna två år, beräknade av samma kod som räknar arbetsdagar.',
  colHoliday: 'Dag',
  notHoliday: 'ingen helgdag',
  definitionsHeading: 'Hur analysen räknar',
  definitions: {
    effectiveEnd:
      'Effektivt slut: faktiskt slut om det finns; annars planerat slut plus förlängningar; annars start plus insatstypens längd per beslut, minus en dag, plus förlängningar; annars tills vidare. Allt utom faktiskt slut är beräknat.',
    gap: 'Glapp: sammanhängande dagar där ingen pågående aktivitet täcker deltagaren (program och ersättningar är ansvar, inte aktivitet).',
    wait: 'Väntan efter försteg: dagarna från dagen efter ett förstegs slut till nästa aktivitet; inget planerat efter när försteget slutar sist av allt.',
    greyZone:
      'Gråzon: sammanhängande dagar där ingen aktör har ansvar, varken genom en insats eller ett uppdrag. Manuella gråzoner räknas också.',
    cliff:
      'Slutar snart: en insats som slutar inom 90 dagar från referensdagen utan att någon annan aktivitet tar vid dagen efter. Utrymmet är hela månader fram till taket.',
    milestone:
      'Sjukperiod: sjukpenningperioder med högst 89 dagar emellan räknas ihop (socialförsäkringsbalken 27 kap. 51 §). Dag 90, 180 och 365 är den 90:e, 180:e och 365:e dagen med sjukpenning i perioden.',
    ruleLimit:
      'Tak: start plus det totala antalet månader minus en dag, enligt regeln som gällde vid starten (eller, för introduktionsjobb och extratjänst, vid ett förlängningsbeslut 2020-05-01–2021-12-31). För sfi räknas tre år från första antagningen, tidigast 2026-01-01.',
  },
};
