/** The built-in actors: who decides on or runs an intervention. */
import type { ActorDef } from './types';

export const BUILT_IN_ACTORS: readonly ActorDef[] = [
  { id: 'kommun', label: { sv: 'Kommunen', en: 'Municipality' }, builtIn: true },
  { id: 'af', label: { sv: 'Arbetsförmedlingen', en: 'Public Employment Service' }, builtIn: true },
  { id: 'fk', label: { sv: 'Försäkringskassan', en: 'Social Insurance Agency' }, builtIn: true },
  { id: 'region', label: { sv: 'Regionen (hälso- och sjukvård)', en: 'Region (health care)' }, builtIn: true },
  { id: 'samordningsforbund', label: { sv: 'Samordningsförbundet', en: 'Coordination association' }, builtIn: true },
  { id: 'arbetsgivare', label: { sv: 'Arbetsgivare', en: 'Employer' }, builtIn: true },
  {
    id: 'leverantor',
    label: { sv: 'Leverantör (på uppdrag av AF)', en: 'Provider (commissioned by AF)' },
    builtIn: true,
  },
  { id: 'utbildningsanordnare', label: { sv: 'Utbildningsanordnare', en: 'Education provider' }, builtIn: true },
];
