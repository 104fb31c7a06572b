/** English: what the exports and the cohort load say about what happened (issue 28). (Same keys as exportSafety.sv.ts.) */
export const exportSafetyEn = {
  superseded_one:
    '{{count}} journey in the files was replaced by a later one with the same id or participant reference.',
  superseded_other:
    '{{count}} journeys in the files were replaced by later ones with the same id or participant reference.',
  notDrawn: 'The chart is not shown here, so there is no image to save.',
  pngFailed: 'The PNG image could not be made ({{message}}). Save the chart as SVG instead.',
  failed: 'The file could not be made ({{message}}).',
};
