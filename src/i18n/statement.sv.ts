/** Svenska: the accessibility statement (a11y.statement), loaded with its page. */
export const statementSv = {
  back: 'Tillbaka',
  heading: 'Tillgänglighetsredogörelse',
  intro:
    'Resan ska kunna användas av så många som möjligt. Den här redogörelsen beskriver hur Resan uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera brister så att de kan åtgärdas.',
  dates: 'Tillgängligheten bedömdes senast den {{assessed}}. Redogörelsen uppdaterades senast den {{updated}}.',
  statusHeading: 'Hur tillgänglig är webbplatsen?',
  status:
    'Resan är delvis förenlig med lagen om tillgänglighet till digital offentlig service (WCAG 2.1 nivå AA via EN 301 549), på grund av de brister som beskrivs nedan.',
  alternatives:
    'Allt som tidslinjen visar finns också som text: sammanfattningen, fynden, tabellen över insatser, listan över uppdrag, händelser och markeringar, och detaljerna om det som är valt. Allt går att nå med tangentbordet.',
  gapsHeading: 'Vad är inte tillgängligt?',
  gaps: {
    chart:
      'Tidslinjen och kohortens diagram är bilder av data. Den som inte ser dem får samma uppgifter i tabellerna och listorna bredvid, men inte bildens överblick.',
    drag: 'Att dra staplar i tidslinjen kräver mus eller pekskärm; samma ändring går att göra med piltangenterna eller i formuläret.',
    spacing:
      'Med större avstånd mellan bokstäver och ord (WCAG 1.4.12) kortas fler etiketter i tidslinjen med "…" för att inte gå utanför sina staplar eller över varandra; den fulla texten finns i detaljerna och listorna.',
    patterns:
      'Mönster (streck och rutor) i diagrammen kan göra text svårare att läsa för den som har nedsatt syn; texten finns också i detaljerna. På en stapel med namn syns insatstypens mönster bara som en remsa efter namnet.',
    large:
      'En resa med tusentals insatser ritas i omgångar, och medan den ritas kan sidan svara långsamt en stund (flera sekunder på en långsam dator); alla insatser finns i tabellen och nås med tangentbordet när den är ritad.',
  },
  scopeHeading: 'Innehåll som inte omfattas av lagen',
  scope:
    'Det du själv läser in (resefiler, kohortfiler och CSV-filer) visas som det är skrivet: namn, anteckningar och andra texter i filerna kommer inte från den som tillhandahåller Resan. Lagen omfattar inte innehåll från tredje part som den offentliga aktören varken finansierar, tar fram eller kontrollerar. Hur Resan visar innehållet omfattas.',
  reportHeading: 'Rapportera brister i tillgängligheten',
  report:
    'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta oss. Beskriv vad du försökte göra, vad som hände och vilken webbläsare och vilka hjälpmedel du använde.',
  organisation: 'Ansvarig för Resan här: {{organisation}}',
  contact: 'Kontakt för tillgänglighetsfrågor: {{contact}}',
  notFilledIn:
    'Organisationen som tillhandahåller Resan har inte fyllt i sitt namn och sina kontaktuppgifter. Fråga den som gav dig tillgång till Resan.',
  superviseHeading: 'Tillsyn',
  supervise:
    'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur dina synpunkter hanteras kan du kontakta Myndigheten för digital förvaltning och påtala det.',
  diggForm: 'Anmäl bristande tillgänglighet till DIGG (www.digg.se/tdosanmalan)',
  testedHeading: 'Hur vi testat Resan',
  tested:
    'Resan har granskats av en oberoende granskare och testas sedan i varje bygge (npm test), i alla vyer och på svenska och engelska:',
  tests: {
    axe: 'automatisk granskning med axe-core (WCAG 2.0 och 2.1 nivå A och AA samt bästa praxis) av varje vy och tillstånd: dialoger öppna, ett fynd valt, ett scenario på, sida vid sida, kohorten, reglerna och den här sidan;',
    keyboard:
      'tangentbordet: varje kontroll nås med Tab och visar sitt fokus, och fokus hamnar rätt efter att något tagits bort eller stängts;',
    reflow: 'omflödning vid 320 pixlars bredd och textavstånd enligt WCAG 1.4.12;',
    contrast:
      'kontrast i diagrammen mätt i skärmbildens pixlar, och en skärmbild i gråskala av varje vy som granskats för hand;',
    status: 'statusmeddelanden, obligatoriska fält och språkmärkning av svensk text i den engelska versionen.',
  },
  updated: 'Redogörelsen gäller den här versionen av Resan och uppdateras när Resan ändras.',
};
