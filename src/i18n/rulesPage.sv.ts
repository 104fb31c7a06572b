/** Svenska: the "Regler och källor" page (law.page), loaded with the page. */
export const rulesPageSv = {
  title: 'Regler och källor',
  intro:
    'Så räknar Resan. Tabellen nedan skapas ur appens egen katalog, så den visar exakt de regler som analysen använder. Lagtexten gäller så som den ser ut 2026.',
  back: 'Tillbaka till resan',
  backToCohort: 'Tillbaka till kohorten',
  backToStatement: 'Tillbaka till tillgänglighetsredogörelsen',
  formatIntro:
    'För den som skriver eller läser resefiler (ett ärendesystems export, en samordnares skript): varje fält med sin regel, definitionerna med räknade exempel och kohortens siffror.',
  formatLink: 'Filformatet och definitionerna (docs/format.md, på engelska)',
  formatBack: 'Tillbaka till Regler och källor',
  formatNote:
    'Dokumentet är på engelska, med de svenska begreppen förklarade. Det är samma text som docs/format.md i Resans källkod, och det följer med appen.',
  kindsHeading: 'Insatstyper',
  colKind: 'Insatstyp',
  colCategory: 'Kategori',
  colActor: 'Aktör',
  colPerDecision: 'Per beslut/anvisning',
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
  totalUnconfirmed: 'totalt: ej bekräftat',
  untilAge: 'till och med månaden innan {{age}} års ålder',
  untilAgeYearOnly: 'med bara födelseåret känt: senast 30 november det år deltagaren fyller {{age}}',
  earlierTime: 'tidigare tid med stödet räknas in (förordningen (2018:42) om särskilt anställningsstöd, 11 §)',
  holidaysHeading: 'Arbetsdagar och helgdagar',
  holidaysIntro:
    'Arbetsdagar är måndag till fredag utom helgdagar enligt lagen (1989:253) om allmänna helgdagar så som de gällde varje år, och midsommarafton, julafton och nyårsafton, som jämställs med söndag (semesterlagen 3 a §). Nationaldagen är helgdag från 2005 och annandag pingst till och med 2004 (SFS 2004:1320). Tabellen visar dagarna två år, beräknade av samma kod som räknar arbetsdagar.',
  colHoliday: 'Dag',
  notHoliday: 'ingen helgdag',
  sourcesHeading: 'Källor',
  sources: {
    sfb: 'Socialförsäkringsbalken (2010:110) 27 kap. 46–51 §§: rehabiliteringskedjan, sjukperioden och sjuklönedagarna; 33 kap.: aktivitetsersättning',
    sarskilt:
      'Förordningen (2018:42) om särskilt anställningsstöd, 10–11 §§: introduktionsjobb och extratjänst; SFS 2020:224 och 2020:225 (36 månader)',
    program: 'Förordningen (2000:634) om arbetsmarknadspolitiska program, 7 §',
    lov: 'Lagen (2008:962) om valfrihetssystem (LOV): rusta och matcha',
    lonebidrag:
      'Förordningen (2017:462) om särskilda insatser för personer med funktionsnedsättning som medför nedsatt arbetsförmåga: lönebidrag (längsta tiden totalt för lönebidrag för anställning är inte bekräftad)',
    other:
      'Förordningen (2018:43) om stöd för nystartsjobb; förordningen (2022:807) om stöd för etableringsjobb; förordningen (2017:820) om vissa nyanlända invandrares etablering; förordningen (2007:813) om jobbgaranti för ungdomar; förordningen (2003:623) om arbetsplatsintroduktion',
    skollagen: 'Skollagen (2010:800) 20 kap. i lydelse enligt prop. 2025/26:10: sfi',
    calendar:
      'Lagen (1989:253) om allmänna helgdagar och SFS 2004:1320; semesterlagen (1977:480) 3 a §: midsommarafton, julafton och nyårsafton jämställs med söndag',
    finsam:
      'Lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser: försteg och andra insatser i samordningsförbund',
  },
  definitionsHeading: 'Hur analysen räknar',
  definitions: {
    effectiveEnd:
      'Effektivt slut: faktiskt slut om det finns; annars planerat slut plus förlängningar; annars start plus insatstypens längd per beslut, minus en dag, plus förlängningar; annars tills vidare. Allt utom faktiskt slut är beräknat.',
    gap: 'Glapp: sammanhängande dagar där ingen pågående aktivitet täcker deltagaren (program och ersättningar är ansvar, inte aktivitet).',
    wait: 'Väntan efter försteg: dagarna från dagen efter ett förstegs slut till nästa aktivitet; inget planerat efter när försteget slutar sist av allt.',
    greyZone:
      'Gråzon: sammanhängande dagar utan någon registrerad insats eller något registrerat uppdrag hos någon aktör. Manuella gråzoner räknas också.',
    cliff:
      'Slutar snart: en insats som slutar inom 90 dagar från referensdagen utan att någon annan aktivitet tar vid dagen efter. Möjlig förlängning: de hela månader som är kvar till längsta tiden.',
    milestone:
      'Sjukperiod: rehabiliteringskedjan räknar kalenderdagar i sjukperioden från första sjukdagen, så arbetsgivarens sjuklönedagar räknas med när en första sjukdag före sjukpenningen är angiven; sjukperioder med färre än 90 dagar emellan läggs samman (socialförsäkringsbalken 27 kap. 51 §). Dag 90, 180 och 365 är den 90:e, 180:e och 365:e dagen i sjukperioden.',
    employed:
      'Med en anställning när sjukperioden började är dag 90 och 180 steg i rehabiliteringskedjan (27 kap. 46–48 §§). Från dag 181 gäller huvudregeln inte när det är sannolikt att personen kan gå tillbaka till arbete hos arbetsgivaren inom ett år, eller när det finns särskilda skäl, bland annat allvarlig sjukdom, att anta att personen kan gå tillbaka dit före dag 550 (48 §). Dag 90, 180 och 365 inom 90 dagar från referensdagen visas då som kommande.',
    unemployed:
      'Utan anställning när sjukperioden började prövas arbetsförmågan mot arbeten som normalt förekommer på arbetsmarknaden från första dagen (socialförsäkringsbalken 27 kap. 46 §). Dag 90, 180 och 365 ritas då bara som dagmärken och visas aldrig som kommande.',
    ruleLimit:
      'Längsta tid: start plus det totala antalet månader minus en dag, enligt regeln som gällde vid starten (eller, för introduktionsjobb och extratjänst, vid ett förlängningsbeslut 2020-05-01–2021-12-31). För sfi räknas tre år från första antagningen, tidigast 2026-01-01. För introduktionsjobb dras tidigare tid i introduktionsjobb av (förordningen (2018:42) om särskilt anställningsstöd, 11 §). Aktivitetsersättning lämnas längst till och med månaden innan deltagaren fyller 30 år (socialförsäkringsbalken 33 kap.); med bara födelseåret känt räknar Resan med senast 30 november det året och varnar.',
    forsteg:
      'Försteg: Resans ord för en förberedande insats som ska leda vidare till ett program, studier eller ett arbete. Det är ett lokalt ord, inte ett begrepp i lag.',
  },
};
