/**
 * Svenska for the Lex Heller draft of the Kohort view (under `cohort.report`). Same keys in
 * report.en.ts. The words follow how samordningsförbund write their reports: "deltagare",
 * "gråzon enligt underlaget" (what the data show, not who is responsible), Lex Heller as a
 * way of working, not a law.
 */
export const reportSv = {
  heading: 'Avvikelse (Lex Heller): utkast',
  intro:
    'Lex Heller är samordningsförbundens sätt att rapportera var samverkan brister. Välj ett fynd: utkastet skrivs från siffrorna, med små tal dolda som på skärmen. Fyll i uppgifterna, välj konsekvenser och skriv förslaget själv.',
  finding: 'Fynd',
  findings: { handover: 'En övergång i matrisen', waits: 'Väntan efter försteg', cliffs: 'Insatser som tar slut' },
  pair: 'Övergång',
  pairSame: '{{actor}} (uppehåll hos samma aktör)',
  title: 'Avvikelse (Lex Heller): {{what}}',
  titleLabel: 'Rubrik',
  titles: {
    handover: 'gråzon vid övergången från {{from}} till {{to}}',
    same: 'gråzon vid uppehåll hos samma aktör ({{actor}})',
    waits: 'väntan efter försteg',
    cliffs: 'insatser som tar slut utan registrerat nästa steg',
  },
  synthetic: 'syntetiska data, inga verkliga personer',
  nobody: 'ingen registrerad aktör',
  fields: {
    legend: 'Uppgifter om rapporten',
    forbund: 'Samordningsförbund',
    role: 'Rapportörens roll',
    roleHint: 'En roll, till exempel verksamhetsutvecklare – aldrig ett namn.',
    date: 'Datum',
    recipients: 'Mottagare',
    recipientsDefault: 'Förbundets styrelse, Arbetsförmedlingen, kommunen, Försäkringskassan',
    parties: 'Berörda parter',
    periodFrom: 'Resorna från',
    periodTo: 'Resorna till',
    periodHint:
      'Ifyllt från kohorten: första och sista datum i resorna (högst referensdagen). {{all}} resor i kohorten, {{selected}} i urvalet.',
  },
  head: {
    forbund: 'Samordningsförbund',
    date: 'Datum',
    role: 'Rapportör (roll)',
    recipients: 'Mottagare',
    parties: 'Berörda parter',
    period: 'Period',
    periodValue: '{{from}} – {{to}}; {{all}} deltagare i kohorten, {{selected}} i urvalet',
    empty: 'ej ifyllt',
  },
  basis:
    'Underlaget är en sammanställning av {{count}} deltagares resor i Resan med referensdag {{date}}, inte en enskild händelse. Det innehåller inga personuppgifter; tal under 5 visas inte.',
  basisShown:
    'Underlaget är en sammanställning av {{count}} deltagares resor i Resan med referensdag {{date}}, inte en enskild händelse. Det innehåller inga personuppgifter, men tal under 5 visas: {{mark}}.',
  basisSynthetic:
    'Underlaget är en sammanställning av {{count}} deltagares syntetiska resor (demodata, inga verkliga personer) i Resan med referensdag {{date}}, inte en enskild händelse. Det innehåller inga personuppgifter; tal under 5 visas inte.',
  basisSyntheticShown:
    'Underlaget är en sammanställning av {{count}} deltagares syntetiska resor (demodata, inga verkliga personer) i Resan med referensdag {{date}}, inte en enskild händelse. Det innehåller inga personuppgifter, men tal under 5 visas: {{mark}}.',
  definitionLabel: 'Definition',
  definitions: {
    handover:
      'Gråzon: en period då en deltagare enligt underlaget inte har någon registrerad insats eller något registrerat uppdrag hos någon aktör, mellan två insatser eller uppdrag.',
    waits:
      'Väntan efter försteg: dagarna från dagen efter att ett försteg (en förberedande insats) slutade till dagen då nästa steg (program, studier eller arbete) började.',
    cliffs:
      'Insats som tar slut utan nästa steg: en insats som enligt underlaget slutar inom 90 dagar efter referensdagen utan att något nästa steg är registrerat.',
  },
  sections: {
    challenge: 'Samverkansutmaning',
    consequences: 'Konsekvenser',
    proposal: 'Förslag till lösning',
    feedback: 'Återkoppling',
  },
  about: 'Om underlaget',
  handover: {
    challenge:
      'Vid övergången från {{from}} till {{to}} har deltagare perioder utan någon registrerad insats eller något registrerat uppdrag (gråzon enligt underlaget). I urvalet gällde det {{journeys}} deltagare med sammanlagt {{zones}} sådana perioder och {{days}} dagar. En period var i genomsnitt {{mean}} dagar; medianlängden per period var {{median}} dagar.',
    same: 'Hos {{actor}} har deltagare uppehåll mellan två insatser eller uppdrag utan någon registrerad insats eller något registrerat uppdrag (gråzon enligt underlaget). Det är ett uppehåll hos samma aktör, inte en övergång mellan aktörer. I urvalet gällde det {{journeys}} deltagare med sammanlagt {{zones}} sådana perioder och {{days}} dagar. En period var i genomsnitt {{mean}} dagar; medianlängden per period var {{median}} dagar.',
  },
  waits: {
    challenge:
      'Efter ett försteg väntar deltagare på nästa steg. Av {{withForsteg}} deltagare med försteg fick {{withWait}} ({{share}} %) vänta minst en dag. Medianväntan bland de väntetider som hade tagit slut på referensdagen var {{median}} dagar; en fjärdedel av dem väntade {{p75}} dagar eller längre och en tiondel {{p90}} dagar eller längre. {{stillWaiting}} väntar fortfarande, och {{noNextStep}} försteg saknar registrerat nästa steg.',
    none: 'Inga deltagare i urvalet har försteg.',
  },
  cliffs: {
    challenge:
      'Insatser tar slut utan att något nästa steg är registrerat. Inom 90 dagar efter referensdagen gäller det {{journeys}} deltagare. Per insatstyp: {{byKind}}.',
    none: 'inga',
  },
  consequences: {
    legend: 'Typiska konsekvenser: välj, och redigera sedan texten',
    income:
      'Deltagare kan stå utan inkomst mellan två aktörers ansvar, när en ersättning har upphört och nästa ännu inte har börjat.',
    bistand: 'Deltagare riskerar att behöva ekonomiskt bistånd från kommunen under tiden.',
    momentum:
      'Det som byggts upp i försteget eller rehabiliteringen (motivation, rutiner, kontakter) kan gå förlorat under uppehållet.',
    lapse: 'Ett beslut eller en anvisning kan hinna löpa ut innan nästa steg börjar, så att det måste göras om.',
  },
  placeholder: 'Skriv här.',
  markNote:
    'Små tal visas: rubriken, kopian, utskriften och filerna är märkta "{{mark}}". Märkningen kan inte tas bort medan små tal visas.',
  copy: 'Kopiera',
  copied: 'Kopierat.',
  copyFailed:
    'Kunde inte kopiera här (webbläsaren tillåter det inte). Ladda ner texten i stället, eller markera och kopiera den i utskriften.',
  print: 'Skriv ut',
  markdown: 'Ladda ner som Markdown',
  text: 'Ladda ner som text',
};
