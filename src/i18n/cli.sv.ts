/** Svenska: kommandoraden `resan` (issue 27) och sammanställningsfilens problem. Samma nycklar i cli.en.ts. */
export const cliSv = {
  help: `resan – Resans sammanställningsfiler på kommandoraden

  resan figures --as-of DATUM [--label TEXT] -o UT.json FILER…
      Läser resefiler, kohortfiler och CSV (UTF-8 eller Windows-1252) och skriver en
      sammanställningsfil: bara tal, inga resor. Stora CSV-filer läses i en ström;
      en deltagares rader ska stå tillsammans (sortera filen på deltagare).
  resan merge A.json B.json … -o TOTAL.json [--label TEXT]
      Lägger ihop sammanställningsfiler som passar ihop (samma referensdag, val och ankare).
  resan report FILER… (--json | --csv KATALOG)
      --json skriver de sammanlagda talen exakt (omaskade) på standard ut.
      --csv skriver tabellerna med små tal maskade (<5 och –) i KATALOG.

Val:
  --as-of DATUM          referensdag för alla resor (ÅÅÅÅ-MM-DD); krävs för figures
  --label TEXT           vem talen kommer från, t.ex. "Samordningsförbundet Centrala Östergötland"
  -o, --out FIL          filen som skrivs
  --ignore-gaps DAGAR    glapp upp till så många dagar räknas inte (standard 0)
  --cliff-horizon DAGAR  stup inom så många dagar räknas (standard 90)
  --from DAGAR, --to DAGAR  dagarna kring ankaret i linjeringen (standard -180 och 365)
  --workers N            antal trådar (standard: en per kärna)
  --quiet                inga förloppsrader
  --lang sv|en           språk för meddelanden och tabellernas rubriker (standard: efter LANG, annars svenska)
  -h, --help             den här texten

Slutkoder: 0 klart; 1 inget skrevs (en fil kunde inte läsas, vägrades eller passade inte);
2 fel argument; 3 skrevs, men rader eller resor lämnades utanför (se standard fel).
Sammanställningsfilen innehåller omaskade tal – för sammanställning, inte för publicering.`,
  usage: 'Fel argument: {{detail}}. Se resan --help.',
  unknownCommand: 'okänt kommando "{{value}}"',
  missingOption: '{{option}} saknas',
  badNumber: '{{option}} ska vara ett heltal',
  badDate: '--as-of ska vara ett datum (ÅÅÅÅ-MM-DD)',
  noFiles: 'inga filer angivna',
  oneOfJsonCsv: 'ange --json eller --csv KATALOG',
  cannotRead: '{{file}}: kunde inte läsas ({{detail}})',
  refused: '{{file}}: vägrades',
  problem: '{{file}}: {{path}}: {{message}}',
  row: '{{file}} rad {{row}}{{column}}: {{code}} {{value}}',
  duplicate:
    '{{file}} rad {{row}}: deltagare eller resa "{{key}}" har redan lästs (en deltagares rader ska stå tillsammans)',
  duplicateJourney: '{{file}}: resa {{index}} har samma id eller deltagare som en resa som redan lästs; lämnad utanför',
  warnings: '{{file}}: {{count}} anmärkningar ({{codes}})',
  progress: '{{percent}} % – {{journeys}} resor',
  progressDone: 'Klart: {{journeys}} resor från {{files}} filer på {{seconds}} s.',
  wrote: 'Skrev {{file}}.',
  notice: 'Filen innehåller omaskade tal – för sammanställning, inte för publicering.',
  skipped: '{{count}} rader eller resor lämnades utanför.',
  fit: {
    sameFile: '{{file}} är samma fil som {{first}}',
    differentOptions: '{{file}} har en annan {{option}} än {{first}}',
    differentFilters: '{{file}} gjordes med ett annat urval än {{first}}',
  },
  figuresIssue: {
    changed: 'stämmer inte med talen: filen har ändrats eller kortats',
    doesNotAddUp: 'talen går inte ihop: {{message}}',
  },
};
