/** Svenska for the planning meeting: the chart as a picture and the printed page. Same keys in meeting.en.ts. */
export const meetingSv = {
  chartExport: {
    timelineSvg: 'Tidslinje som SVG',
    timelinePng: 'Tidslinje som PNG',
    sideBySideSvg: 'Jämförelsen som SVG',
    sideBySidePng: 'Jämförelsen som PNG',
    timelineTitle: 'Tidslinje – {{ref}}',
    sideBySideTitle: 'Jämförelse sida vid sida – {{ref}}',
    asOf: 'Per {{date}}',
    scenarios: 'Scenarier som är på: {{names}}',
    noScenarios: 'Inga scenarier är på',
    failed: 'Bilden kunde inte skapas. Försök igen, eller spara som SVG.',
  },
  print: {
    button: 'Skriv ut…',
    scenarios: 'Scenarier som är på: {{names}}.',
    noScenarios: 'Inga scenarier är på (nuläge).',
    ignoreGaps_one: 'Glapp och gråzoner på högst {{count}} dag räknas inte.',
    ignoreGaps_other: 'Glapp och gråzoner på högst {{count}} dagar räknas inte.',
    printedRange: 'Tidslinjen visar det utsnitt som syntes på skärmen.',
    printedAll: 'Tidslinjen visar hela resan.',
  },
};
