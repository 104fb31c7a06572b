import { useMemo } from 'react';
import {
  type Catalogue,
  type Intervention,
  type JourneyEvent,
  type Mandate,
  actorOf,
  resolveCatalogue,
} from '../domain';
import type { Language } from '../i18n';
import { formatDay } from '../i18n/format';
import { isolate } from './isolate';
import { selectJourney, selectLanguage, useStore } from '../store';

export type Labels = {
  catalogue: Catalogue;
  language: Language;
  actor: (id: string | undefined) => string;
  kind: (id: string) => string;
  intervention: (id: string) => string;
  interventionById: (id: string) => Intervention | undefined;
  actorOfIntervention: (id: string) => string | undefined;
  day: (iso: string) => string;
  mandates: readonly Mandate[];
  events: readonly JourneyEvent[];
};

/** Names of actors, kinds and interventions in the chosen language. */
export function useLabels(): Labels {
  const journey = useStore(selectJourney);
  const language = useStore(selectLanguage);
  return useMemo(() => {
    const catalogue = resolveCatalogue(journey);
    const byId = new Map(journey.interventions.map((iv) => [iv.id, iv]));
    // Names from the file are isolated (see isolate.ts) so that they cannot reorder the app's text around them.
    const kind = (id: string) => isolate(catalogue.kinds.get(id)?.label[language] ?? id);
    return {
      catalogue,
      language,
      actor: (id) => (id === undefined ? '' : isolate(catalogue.actors.get(id)?.label[language] ?? id)),
      kind,
      intervention: (id) => {
        const iv = byId.get(id);
        if (!iv) return isolate(id);
        return iv.title ? `${kind(iv.kind)}: ${isolate(iv.title)}` : kind(iv.kind);
      },
      interventionById: (id) => byId.get(id),
      actorOfIntervention: (id) => {
        const iv = byId.get(id);
        return iv ? actorOf(iv, catalogue) : undefined;
      },
      day: (iso) => formatDay(iso, language),
      mandates: journey.mandates ?? [],
      events: journey.events ?? [],
    };
  }, [journey, language]);
}
