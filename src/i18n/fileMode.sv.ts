/**
 * Svenska: läget "bara filer" (issue 25 punkt 13): resor sparas bara i filer, inget av dem i
 * webbläsarens lagring. Förvalt när sidan är en fil från disken. (Samma nycklar i fileMode.en.ts.)
 */
export const fileModeSv = {
  label: 'Bara filer',
  labelHint: 'Resor sparas bara i filer, inget av dem i webbläsaren. Klicka för att ändra var resor sparas.',
  save: 'Spara i fil',
  saveHint: 'Laddar ner resan som en .json-fil. Öppna den igen med Öppna fil…',
  notSaved: 'Ej sparad',
  savedToFile: 'Sparad i fil {{time}}',
};
