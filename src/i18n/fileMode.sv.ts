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
  diskNotice:
    'Den här sidan är en fil som öppnats från disken. Då delar webbläsaren sin lagring med alla andra HTML-filer som öppnas från disken, och de kan läsa det som sparas där. Därför sparar Resan här resor bara i filer: öppna dem med Öppna fil… och spara dem med Spara i fil.',
  diskNoticeBrowser:
    'Den här sidan är en fil som öppnats från disken. Då delar webbläsaren sin lagring med alla andra HTML-filer som öppnas från disken, och de kan läsa det som sparas där. Du har valt att spara resor i webbläsaren ändå (ändra under Resor).',
  settings: {
    open: 'Var resor sparas…',
    heading: 'Var resor sparas',
    nowBrowser: 'Resor sparas nu i den här webbläsaren.',
    nowFiles: 'Resor sparas nu bara i filer.',
    browser: 'I webbläsaren: sparas automatiskt under Resor',
    files: 'Bara i filer: du öppnar och sparar filerna själv, inget av resorna sparas i webbläsaren',
    toFiles: 'Resor som redan är sparade i webbläsaren ligger kvar där tills du tar bort dem under Resor.',
    toBrowserFromDisk:
      'Obs: den här sidan är en fil från disken. Resor som sparas i webbläsaren kan då läsas av alla andra HTML-filer som öppnas från disken i samma webbläsare.',
    unsaved:
      'Resan på skärmen är inte sparad i en fil och följer inte med. Spara den i fil först om du vill ha kvar den.',
    restart: 'Resan startar om i det valda läget.',
    apply: 'Byt och starta om',
    applyAnyway: 'Spara i webbläsaren ändå',
    cancel: 'Avbryt',
  },
  cohortNotSaved: 'Bara filer: kohorten sparas inte i webbläsaren. Den finns på skärmen tills sidan laddas om.',
};
