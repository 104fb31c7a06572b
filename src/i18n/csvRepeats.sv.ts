/** Svenska: one problem found in many rows of a CSV (issue 25, item 12). Same keys in csvRepeats.en.ts. */
export const csvRepeatsSv = {
  rows: '{{file}}, {{count}} rader ({{rows}}), kolumn {{column}}: {{reason}} ({{value}})',
  rowsEmpty: '{{file}}, {{count}} rader ({{rows}}), kolumn {{column}}: {{reason}} (tom cell)',
  rowsNoColumn: '{{file}}, {{count}} rader ({{rows}}): {{reason}}',
};
