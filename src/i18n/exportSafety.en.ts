/** English: what the exports and the cohort load say about what happened (issue 28). (Same keys as exportSafety.sv.ts.) */
export const exportSafetyEn = {
  pnrConfirm:
    'The journey contains something that looks like a personal identity number ({{value}} at {{path}}). Files should only hold pseudonymous references. The file name never carries one (it says “deltagare” instead), but the contents may. Export anyway?',
  superseded_one:
    '{{count}} journey in the files was replaced by a later one with the same id or participant reference.',
  superseded_other:
    '{{count}} journeys in the files were replaced by later ones with the same id or participant reference.',
  notDrawn: 'The chart is not shown here, so there is no image to save.',
  pngFailed: 'The PNG image could not be made ({{message}}). Save the chart as SVG instead.',
  failed: 'The file could not be made ({{message}}).',
};
