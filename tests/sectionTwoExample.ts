/**
 * The example journey of journey-format.md section 2, as written there: shared by the
 * tests that analyse it by hand and the ones that check it survives parse and serialize.
 */
export function sectionTwoExample() {
  return {
    format: 'journey',
    version: 1,
    id: 'j-2025-0042',
    participant: { ref: 'P-0042', name: 'Deltagare A', birthYear: 1991 },
    asOf: '2025-12-01',
    closed: null,
    actors: [],
    kinds: [],
    interventions: [
      { id: 'i1', kind: 'sfi', start: '2022-10-03', end: '2024-06-14' },
      {
        id: 'i2',
        kind: 'forsteg',
        title: 'Lugn uppstart',
        actor: 'samordningsforbund',
        start: '2024-05-06',
        end: '2024-08-30',
      },
      { id: 'i3', kind: 'introduktionsjobb', start: '2025-02-03', plannedEnd: '2026-02-02', extensions: [] },
    ],
    mandates: [{ id: 'm1', actor: 'af', label: 'Inskriven som arbetssökande', start: '2024-09-02' }],
    events: [{ id: 'e1', date: '2025-11-17', type: 'meeting', actor: 'af', text: 'Trepartsmöte' }],
    annotations: [],
    scenarios: [
      {
        id: 's1',
        name: 'Förläng introduktionsjobbet 6 månader',
        changes: [{ op: 'extend', intervention: 'i3', months: 6 }],
      },
    ],
  };
}
