/**
 * Svenska: läget "bara filer" som inte behövs på första skärmen i den serverade appen:
 * meddelandet från disken, valet av läge och kohorten som inte sparas (laddas med
 * loadMessages('fileMode')). Samma nycklar i fileModeMore.en.ts.
 */
export const fileModeMoreSv = {
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
