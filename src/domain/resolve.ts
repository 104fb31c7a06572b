/** The catalogue a journey sees: the built-in actors and kinds plus its own. */
import { type ActorDef, BUILT_IN_ACTORS, BUILT_IN_KINDS, type Category, CATEGORIES, type KindDef } from './catalogue';

export type Catalogue = {
  actors: ReadonlyMap<string, ActorDef>;
  kinds: ReadonlyMap<string, KindDef>;
};

type Loose = Record<string, unknown>;

// Function declarations, not constant arrows: Stryker picks a constant's mutant when the module loads,
// before any mutant is switched on, so the mutation run could not test these two.
function isObj(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function optNum(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/**
 * Builds the catalogue from a journey's `actors` and `kinds`. Works on unchecked data
 * too (the validator uses it), skipping entries without a string id. A custom entry
 * with a built-in id replaces the built-in one for this journey.
 */
export function resolveCatalogue(journey: { actors?: unknown; kinds?: unknown }): Catalogue {
  // Most journeys bring nothing of their own: they share one built-in catalogue.
  const own = (v: unknown) => Array.isArray(v) && v.length > 0;
  if (!own(journey.actors) && !own(journey.kinds)) return BUILT_IN_CATALOGUE;
  const actors = new Map<string, ActorDef>(BUILT_IN_ACTORS.map((a) => [a.id, a]));
  const kinds = new Map<string, KindDef>(BUILT_IN_KINDS.map((k) => [k.id, k]));
  if (Array.isArray(journey.actors)) {
    for (const a of journey.actors) {
      if (!isObj(a) || typeof a.id !== 'string') continue;
      const label = typeof a.label === 'string' ? a.label : a.id;
      actors.set(a.id, {
        id: a.id,
        label: { sv: label, en: label },
        color: typeof a.color === 'string' ? a.color : undefined,
        builtIn: false,
      });
    }
  }
  if (Array.isArray(journey.kinds)) {
    for (const k of journey.kinds) {
      if (!isObj(k) || typeof k.id !== 'string') continue;
      const label = typeof k.label === 'string' ? k.label : k.id;
      const category = (CATEGORIES as readonly unknown[]).includes(k.category) ? (k.category as Category) : 'ovrigt';
      kinds.set(k.id, {
        id: k.id,
        label: { sv: label, en: label },
        category,
        defaultActor: typeof k.defaultActor === 'string' ? k.defaultActor : undefined,
        maxMonthsPerDecision: optNum(k.maxMonthsPerDecision),
        maxTotalMonths: optNum(k.maxTotalMonths),
        activity: typeof k.activity === 'boolean' ? k.activity : undefined,
        parallel: typeof k.parallel === 'boolean' ? k.parallel : undefined,
        builtIn: false,
      });
    }
  }
  return { actors, kinds };
}

const BUILT_IN_CATALOGUE: Catalogue = {
  actors: new Map(BUILT_IN_ACTORS.map((a) => [a.id, a])),
  kinds: new Map(BUILT_IN_KINDS.map((k) => [k.id, k])),
};

/** The actor responsible for an intervention: its own, else its kind's default. */
export function actorOf(intervention: { actor?: unknown; kind?: unknown }, catalogue: Catalogue): string | undefined {
  if (typeof intervention.actor === 'string') return intervention.actor;
  // Stryker disable next-line ConditionalExpression: equivalent: a Map of string keys finds nothing for another value
  if (typeof intervention.kind !== 'string') return undefined;
  return catalogue.kinds.get(intervention.kind)?.defaultActor;
}
