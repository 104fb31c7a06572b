/** Names of actors and kinds for a cohort: the built-in catalogue and any the journeys bring. */
import type { i18n as I18n } from 'i18next';
import { type Journey, resolveCatalogue } from '../domain';
import type { Language } from '../i18n';
import { formatDay } from '../i18n/format';
import { type Words, sayFrom } from './say';

export function cohortWords(journeys: readonly Journey[], i18n: I18n, language: Language): Words {
  const actors = new Map<string, string>();
  const kinds = new Map<string, string>();
  const seen = new Set<unknown>();
  for (const j of journeys) {
    const c = resolveCatalogue(j);
    if (seen.has(c)) continue; // journeys without kinds of their own share one catalogue
    seen.add(c);
    for (const [id, a] of c.actors) if (!actors.has(id)) actors.set(id, a.label[language]);
    for (const [id, k] of c.kinds) if (!kinds.has(id)) kinds.set(id, k.label[language]);
  }
  if (seen.size === 0) {
    const c = resolveCatalogue({});
    for (const [id, a] of c.actors) actors.set(id, a.label[language]);
    for (const [id, k] of c.kinds) kinds.set(id, k.label[language]);
  }
  return {
    say: sayFrom(i18n, language),
    language,
    actor: (id) => actors.get(id) ?? id,
    kind: (id) => kinds.get(id) ?? id,
    day: (iso) => formatDay(iso, language),
  };
}
