/**
 * The same participant loaded twice: journeys with the same `id`, or the same
 * `participant.ref`, are one journey (docs/format.md, "Files"). The person chooses once
 * for all what to do with every duplicate: replace the earlier one, keep both as separate
 * journeys (the later gets a new id and ref), or skip the later one.
 */
import type { Journey } from './schema';

export type DuplicateChoice = 'replace' | 'keepBoth' | 'skip';

/** What a journey is known by, here and in the library. */
export type JourneyIdentity = { id: string; ref: string };

// A function, not a constant arrow: Stryker chooses a constant's mutant when the module loads,
// which the mutation run (modules kept loaded) cannot switch.
export function identityOf(j: Journey): JourneyIdentity {
  return { id: j.id, ref: j.participant.ref };
}

export type Duplicate = {
  /** Index in the incoming list. */
  index: number;
  /** What it duplicates: an earlier incoming journey (by index) or an existing one. */
  of: { incoming: number } | { existing: JourneyIdentity };
  by: 'id' | 'ref';
};

/**
 * Finds duplicates one incoming journey at a time, in order: `add` gives what the journey
 * repeats (an existing one or an earlier incoming one), or null. The cohort reader uses it
 * beside its reading, so that a big cohort's duplicates are not looked for on the page (issue #26).
 */
export function duplicateFinder(existing: readonly JourneyIdentity[]) {
  // What each id and ref was last seen as: an incoming journey's index, or an existing identity.
  // Plain values, not `of` objects: a cohort of 100,000 journeys made 200,000 of them (issue #26).
  const ids = new Map<string, number | JourneyIdentity>();
  const refs = new Map<string, number | JourneyIdentity>();
  for (const e of existing) {
    ids.set(e.id, e);
    refs.set(e.ref, e);
  }
  const of = (seen: number | JourneyIdentity): Duplicate['of'] =>
    typeof seen === 'number' ? { incoming: seen } : { existing: seen };
  return {
    add(identity: JourneyIdentity, index: number): Duplicate | null {
      const byId = ids.get(identity.id);
      const byRef = refs.get(identity.ref);
      // The latest one is what a later duplicate repeats: the same journey three times (or twice
      // beside an existing one) is a chain, and the existing one is named once, not once per repeat.
      ids.set(identity.id, index);
      refs.set(identity.ref, index);
      if (byId !== undefined) return { index, of: of(byId), by: 'id' };
      if (byRef !== undefined) return { index, of: of(byRef), by: 'ref' };
      return null;
    },
  };
}

/** Every incoming journey that repeats an existing one or an earlier incoming one. */
export function findDuplicates(incoming: readonly Journey[], existing: readonly JourneyIdentity[]): Duplicate[] {
  const finder = duplicateFinder(existing);
  const out: Duplicate[] = [];
  incoming.forEach((j, index) => {
    const d = finder.add(identityOf(j), index);
    if (d) out.push(d);
  });
  return out;
}

/** A name not in `taken`: `name (2)`, `name (3)`… */
function fresh(name: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type Resolution = {
  /** The journeys to add, in incoming order. */
  journeys: Journey[];
  /** Existing journeys the new ones replace (to be removed where they are kept), each once. */
  replaced: JourneyIdentity[];
  /** Incoming journeys left out because a later one in the same load replaced them. */
  superseded: number;
  skipped: number;
  renamed: number;
};

/**
 * Applies one choice to every duplicate. `replace`: a later incoming journey replaces an
 * earlier incoming one, and an existing one is listed in `replaced`; `keepBoth`: the later
 * journey gets an id and ref of its own; `skip`: it is left out.
 */
export function resolveDuplicates(
  incoming: readonly Journey[],
  duplicates: readonly Duplicate[],
  choice: DuplicateChoice,
  existing: readonly JourneyIdentity[],
): Resolution {
  // Nothing repeats: every journey is added as it is (the sets below cost a big cohort ~50 ms, issue #26).
  // Stryker disable next-line ConditionalExpression: a shortcut only: with no duplicates the general way below returns the same (every journey kept as it is, nothing replaced, skipped, superseded or renamed)
  if (duplicates.length === 0) return { journeys: [...incoming], replaced: [], superseded: 0, skipped: 0, renamed: 0 };
  const dup = new Map(duplicates.map((d) => [d.index, d]));
  const replaced: JourneyIdentity[] = [];
  const named = new Set<JourneyIdentity>();
  const dropped = new Set<number>();
  let renamed = 0;
  // Everything that stays, so far: a kept journey's new id and ref must not repeat any of it.
  const takenIds = new Set([...existing.map((e) => e.id), ...incoming.map((j) => j.id)]);
  const takenRefs = new Set([...existing.map((e) => e.ref), ...incoming.map((j) => j.participant.ref)]);
  const seenIds = new Set(existing.map((e) => e.id));
  const seenRefs = new Set(existing.map((e) => e.ref));
  const out = incoming.map((j, index) => {
    const d = dup.get(index);
    if (!d) {
      seenIds.add(j.id);
      seenRefs.add(j.participant.ref);
      return j;
    }
    if (choice === 'skip') {
      dropped.add(index);
      return j;
    }
    if (choice === 'replace') {
      if ('incoming' in d.of) dropped.add(d.of.incoming);
      else if (!named.has(d.of.existing)) {
        named.add(d.of.existing);
        replaced.push(d.of.existing);
      }
      return j;
    }
    renamed++;
    // Only what repeats changes: an id or a ref of its own is kept.
    const id = seenIds.has(j.id) ? fresh(j.id, takenIds) : j.id;
    const ref = seenRefs.has(j.participant.ref) ? fresh(j.participant.ref, takenRefs) : j.participant.ref;
    for (const [set, v] of [
      [takenIds, id],
      [seenIds, id],
      [takenRefs, ref],
      [seenRefs, ref],
    ] as const)
      set.add(v);
    return { ...j, id, participant: { ...j.participant, ref } };
  });
  return {
    journeys: out.filter((_, i) => !dropped.has(i)),
    replaced,
    superseded: choice === 'replace' ? dropped.size : 0,
    skipped: choice === 'skip' ? dropped.size : 0,
    renamed,
  };
}
