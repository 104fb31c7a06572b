/**
 * The built-in demo journey: a realistic, invented participant whose path shows each
 * thing Resan looks for. Etableringsprogrammet and SFI, a försteg followed by months
 * of waiting, a grey zone before Arbetsförmedlingen takes over, arbetspraktik, and an
 * introduktionsjobb that ends soon with nothing planned after it.
 */
import type { Journey } from '../domain';

export const DEMO_JOURNEY: Journey = {
  format: 'journey',
  version: 1,
  id: 'demo-2026',
  participant: { ref: 'P-DEMO-01', name: 'Deltagare Demo', birthYear: 1990 },
  asOf: '2026-11-16',
  closed: null,
  actors: [],
  kinds: [],
  interventions: [
    { id: 'etab', kind: 'etableringsprogrammet', start: '2022-10-03' },
    { id: 'sfi', kind: 'sfi', title: 'SFI kurs B–D', start: '2022-11-07', end: '2024-06-14' },
    {
      id: 'lugn',
      kind: 'forsteg',
      title: 'Lugn uppstart',
      actor: 'samordningsforbund',
      start: '2024-05-06',
      end: '2024-11-29',
      notes: 'Gruppverksamhet tre förmiddagar i veckan.',
    },
    {
      id: 'prak',
      kind: 'arbetspraktik',
      title: 'Praktik på Solgläntans vård- och omsorgsboende',
      start: '2025-03-03',
      end: '2025-08-29',
      extent: 75,
    },
    {
      id: 'ij',
      kind: 'introduktionsjobb',
      title: 'Undersköterskeassistent, Solgläntan',
      start: '2025-10-01',
      plannedEnd: '2026-09-30',
      extensions: [{ months: 4, decidedOn: '2026-09-10', note: 'Efter individuell bedömning' }],
    },
    {
      id: 'spr',
      kind: 'sprakstod',
      title: 'Språkutvecklare på arbetsplatsen',
      start: '2025-10-01',
      plannedEnd: '2026-12-18',
    },
  ],
  mandates: [{ id: 'af-inskriven', actor: 'af', label: 'Inskriven som arbetssökande', start: '2025-01-13' }],
  events: [
    { id: 'e1', date: '2025-01-20', type: 'deviation', text: 'Lex Heller: ingen aktör ansvarade efter försteget' },
    { id: 'e2', date: '2025-09-15', type: 'decision', actor: 'af', text: 'Beslut om introduktionsjobb' },
    {
      id: 'e3',
      date: '2026-09-10',
      type: 'assessment',
      actor: 'af',
      text: 'Individuell bedömning: förlängning 4 månader',
    },
    { id: 'e4', date: '2026-11-16', type: 'meeting', actor: 'af', text: 'Trepartsmöte AF–kommun–individ' },
  ],
  annotations: [],
  scenarios: [
    {
      id: 'forlang-ij',
      name: 'Förläng introduktionsjobbet 6 månader',
      changes: [{ op: 'extend', intervention: 'ij', months: 6 }],
    },
  ],
};
