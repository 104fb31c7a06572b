/** Svenska: accessibility (issue 13): status messages, required fields, the accessibility statement. */
export const a11ySv = {
  toolbar: 'Verktyg för resan',
  // A finding's name in the chart says when, not only how long (the label on screen stays short).
  findingName: '{{text}}, {{from}} – {{to}}',
  findingNameOpen: '{{text}}, från {{from}}, pågår',
  cliffName: '{{text}} Slutdatum {{date}}.',
  announce: {
    scenarioOn: 'Scenariot {{name}} är på.',
    scenarioOff: 'Scenariot {{name}} är av.',
    scenarioCreated: 'Scenariot {{name}} är skapat. Scenariot {{name}} är på.',
    scenarioDeleted: 'Scenariot {{name}} är borttaget.',
    itemRemoved: 'Borttaget: {{name}}.',
    journeyCopied: 'Resan {{ref}} är kopierad.',
    journeyDeleted: 'Resan är borttagen.',
  },
  required: {
    note: 'Fält märkta med * krävs.',
    dateHint: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
  },
  // The rest of statement loads with its page (statement.sv.ts).
  statement: {
    link: 'Tillgänglighetsredogörelse',
  },
};
