/** Svenska for the meeting room on a projector: the summary that can be hidden and Mötesläge. Same keys in projector.en.ts. */
export const projectorSv = {
  hideSummary: 'Dölj sammanfattning',
  showSummary: 'Visa sammanfattning',
  meetingMode: 'Mötesläge',
  meetingModeOn: 'Mötesläge är på: redigering är dold och texten större. Esc eller knappen stänger det.',
  meetingModeOff: 'Mötesläget är av.',
  barKeyHeading: 'Numrerade staplar',
  stripHeading: 'Nyckeltal per {{date}}',
  stripHeadingScenario: 'Nyckeltal per {{date}} med scenarierna som är på (skillnad mot nuläget inom parentes)',
  stripEndsSoon: 'Slutar snart',
  stripEndsSoonValue: '{{name}} om {{days}} dagar, inget planerat efter',
  stripNothingEnds: 'inget inom 90 dagar',
  barKeyIntro: 'Staplar vars namn inte får plats i tidslinjen i den här vyn:',
};
