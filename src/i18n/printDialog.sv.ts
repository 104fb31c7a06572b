/**
 * Svenska: the print dialog's words (issue #26: it loads when "Skriv ut…" is first pressed, and
 * its words with it: loadMessages('printDialog') in i18n/index.ts). English has them in meeting.en.ts.
 */
export const printDialogSv = {
  heading: 'Skriv ut resan',
  paper: 'Papper',
  a4: 'A4 liggande',
  a3: 'A3 liggande',
  range: 'Vad som kommer med',
  all: 'Hela resan',
  visible: 'Det som syns i tidslinjen nu',
  print: 'Skriv ut',
  cancel: 'Avbryt',
  hint: 'Välj "Spara som PDF" i webbläsarens utskriftsfönster för att få en PDF.',
};
