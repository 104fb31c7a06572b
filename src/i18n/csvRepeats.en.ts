/** English: one problem found in many rows of a CSV (issue 25, item 12). Same keys in csvRepeats.sv.ts. */
export const csvRepeatsEn = {
  rows: '{{file}}, {{count}} rows ({{rows}}), column {{column}}: {{reason}} ({{value}})',
  rowsEmpty: '{{file}}, {{count}} rows ({{rows}}), column {{column}}: {{reason}} (empty cell)',
  rowsNoColumn: '{{file}}, {{count}} rows ({{rows}}): {{reason}}',
};
