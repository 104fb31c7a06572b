/** Svenska for the planning meeting (issue 24): new scenarios, unrecorded ends, the figure strip, the bar key. Same keys in room.en.ts. */
export const roomSv = {
  csvNote: {
    open: 'pågår (inget slut)',
    noNextStep: 'inget nästa steg',
    noWait: 'ingen väntan: nästa steg började dagen efter',
    manual: 'markerad för hand',
    upcoming: 'inom kort',
    future: 'senare',
    headroom: 'kan förlängas {{count}} mån',
  },
  newScenario: 'Nytt scenario',
  newScenarioName: 'Nytt scenario',
  newHeading: 'Nytt scenario: {{name}}',
  extendOpen: 'Förläng…',
  nameExtendOpen: 'Förläng {{name}}',
  endUnrecorded: 'Slut ej registrerat',
  endUnrecordedStatus: 'slut ej registrerat',
  legendEndUnrecorded: 'Slut ej registrerat (beslutat slut passerat)',
  endUnrecordedDetail:
    'Beslutat slut {{date}} har passerat utan att något slut är registrerat. Registrera slutet eller förläng.',
  endUnrecordedHeading: 'Slut ej registrerat',
  endUnrecordedItem: '{{name}}: beslutat slut {{date}}, inget slut registrerat',
  registerEnd: 'Registrera slut…',
  endStillPast: '{{name}} slutar även i scenariot {{end}}, före referensdagen – inget slut är registrerat',
};
