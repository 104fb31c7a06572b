/** Svenska: saving and what happens when it fails (issue 14). Same keys in storage.en.ts. */
export const storageSv = {
  reason: {
    newerVersion: 'sparad av en nyare version av Resan',
    invalidJourney: 'innehållet går inte att läsa som en resa',
    damagedRecord: 'posten är skadad',
  },
  failed: {
    save: 'Resan kunde inte sparas.',
    import: 'De importerade resorna kunde inte sparas.',
    rename: 'Namnbytet kunde inte sparas.',
    delete: 'Resan kunde inte tas bort ur webbläsaren; den finns kvar.',
    copy: 'Kopian kunde inte sparas.',
  },
  cause: {
    quota: 'Lagringsutrymmet i webbläsaren är fullt. Exportera som fil, eller ta bort gamla resor och försök igen.',
    error: 'Webbläsaren kunde inte skriva till sin lagring.',
    closed: 'Kontakten med webbläsarens lagring bröts.',
    exists: 'En resa med samma nyckel finns redan.',
  },
  technical: 'Teknisk uppgift: {{message}}',
  pending_one: '{{count}} resa är inte sparad och finns bara i den här fliken: {{refs}}.',
  pending_other: '{{count}} resor är inte sparade och finns bara i den här fliken: {{refs}}.',
  openShown: 'Resan på skärmen är kvar som du lämnade den; exportera den som fil för säkerhets skull.',
  retry: 'Försök spara igen',
  invalid:
    'Resan sparades inte, eftersom Resan själv inte godtar den. Den senast sparade versionen är orörd. Ångra ändringen eller rätta det här:',
  unreadable:
    'Den sparade kopian av {{ref}} kan inte läsas ({{reason}}). Inget har skrivits över den, och dina ändringar här är inte sparade.',
  saveOverUnreadable: 'Spara min version och behåll den sparade som säkerhetskopia',
  lostHeading: 'Den sparade datan har tagits bort',
  lostText:
    'Webbläsarens lagring för Resan togs bort medan sidan var öppen (i en annan flik, eller när webbplatsdata rensades). Resan på skärmen finns kvar men är inte sparad.',
  resave: 'Spara resan på skärmen igen',
  notMovedHeading: 'Sparade data som inte kan läsas ligger kvar',
  notMovedText:
    'De kunde inte flyttas undan till säkerhetskopiorna (lagringen vägrade skriva). De ligger kvar orörda och inget skrivs över dem. Frigör utrymme och ladda om sidan.',
  notMovedItem: '{{key}} ({{reason}})',
  recovered_one: '{{count}} ändring som inte hann sparas innan sidan stängdes eller laddades om har sparats nu.',
  recovered_other: '{{count}} ändringar som inte hann sparas innan sidan stängdes eller laddades om har sparats nu.',
  recoveredAsCopy: 'Den sparade resan hade ändrats under tiden, så ändringen sparades som en ny resa bredvid.',
  importInterrupted_one:
    'Importen från {{files}} avbröts av att sidan laddades om innan den hann sparas. Resan sparades inte; öppna filen igen.',
  importInterrupted_other:
    'Importen av {{count}} resor från {{files}} avbröts av att sidan laddades om innan den hann sparas. Ingen av dem sparades; öppna filen igen.',
  importSaving: 'Sparar {{count}} importerade resor…',
  importSummarising: 'Räknar nyckeltal: {{done}} av {{total}} resor',
  importSkipped_one: '{{count}} resa fanns redan sparad, exakt likadan, och importerades inte igen.',
  importSkipped_other: '{{count}} resor fanns redan sparade, exakt likadana, och importerades inte igen.',
  importKeptBoth_one:
    '{{count}} resa har samma id eller referens som en sparad resa men annat innehåll; båda finns nu.',
  importKeptBoth_other:
    '{{count}} resor har samma id eller referens som sparade resor men annat innehåll; båda finns nu.',
  unsavedTag: 'inte sparad',
  dismiss: 'Jag förstår',
};
