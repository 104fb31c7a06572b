/** Svenska: a long table shown a page at a time (issue #11). Same keys in tablePages.en.ts. */
export const tablePagesSv = {
  label: 'Sidor i tabellen {{table}}',
  previous: 'Föregående {{count}}',
  next: 'Nästa {{count}}',
  showing: 'Rad {{from}}–{{to}} av {{total}}, sida {{page}} av {{pages}}',
};
