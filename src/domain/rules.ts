/**
 * The rules of a journey file that a JSON Schema cannot state: unique ids, references
 * that resolve, ends not before starts, and warnings for kinds used outside their
 * period. Runs on unchecked data beside the schema so that one pass reports every
 * problem in the file.
 */
import { BUILT_IN_ACTOR_IDS, BUILT_IN_KIND_IDS, isAvailableOn, youthAgeUncertain } from './catalogue';
import { isIsoDate } from './dates';
import { SICKNESS_KIND, earliestLastDayBeforeAge, effectiveEnd, computable, ruleContext } from './effective';
import { LAST_DAY, pastLastDay } from './lastDay';
import { type Issue, type PathSegment, issue, showValue } from './issues';
import { type Catalogue, actorOf, resolveCatalogue } from './resolve';
import type { Intervention } from './schema';

type Loose = Record<string, unknown>;

// Function declarations, not constant arrows or a constant regular expression: Stryker picks a
// module constant's mutant when the module loads, before any mutant is switched on (docs/mutation.md).
function isObj(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function list(v: unknown): unknown[] {
  // Stryker disable next-line ArrayDeclaration: equivalent: every caller passes over an item that is not an object
  return Array.isArray(v) ? v : [];
}
function isColor(v: string): boolean {
  return /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(v);
}
/** Whether `id` is one of the built-in ids (an id that is not text is none). */
function isBuiltIn(ids: ReadonlySet<string>, id: unknown): id is string {
  return (ids as ReadonlySet<unknown>).has(id);
}

export type RuleResult = { errors: Issue[]; warnings: Issue[] };

export function checkJourneyRules(data: Loose, prefix: readonly PathSegment[] = []): RuleResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const at = (...p: PathSegment[]) => [...prefix, ...p];
  const catalogue = resolveCatalogue(data);

  const unique = (field: string) => {
    const seen = new Set<string>();
    list(data[field]).forEach((item, i) => {
      if (!isObj(item) || typeof item.id !== 'string') return;
      if (seen.has(item.id)) {
        errors.push(
          issue(at(field, i, 'id'), 'duplicateId', `${showValue(item.id)} is used twice in ${field}`, {
            value: item.id,
            list: field,
          }),
        );
      }
      seen.add(item.id);
    });
  };
  for (const field of ['actors', 'kinds', 'interventions', 'mandates', 'events', 'annotations', 'scenarios']) {
    unique(field);
  }

  const checkActor = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string' && !catalogue.actors.has(value)) {
      errors.push(issue(path, 'unknownActor', `${showValue(value)} is not a known actor`, { value }));
    }
  };
  const checkOrder = (item: Loose, field: 'end' | 'plannedEnd', path: PathSegment[]) => {
    const start = item.start;
    const end = item[field];
    if (isIsoDate(start) && isIsoDate(end) && end < start) {
      errors.push(
        issue(path, 'endBeforeStart', `${showValue(end)} is before the start ${showValue(start)}`, {
          value: end,
          start,
        }),
      );
    }
  };

  // Section 2: on a sjukpenning, `sickFrom` is a date not after `start`.
  const checkSickFrom = (iv: Loose, path: PathSegment[]) => {
    const value = iv.sickFrom;
    if (!isIsoDate(value)) {
      errors.push(issue(path, 'notDate', `${showValue(value)} is not a date`, { value: showValue(value) }));
    } else if (isIsoDate(iv.start) && value > iv.start) {
      errors.push(
        issue(path, 'sickFromAfterStart', `${showValue(value)} is after the start ${showValue(iv.start)}`, {
          value,
          start: iv.start,
        }),
      );
    }
  };

  // An entry's fields are checked whatever its id: an id that is not text is the schema's to report.
  list(data.actors).forEach((a, i) => {
    if (!isObj(a)) return;
    if (isBuiltIn(BUILT_IN_ACTOR_IDS, a.id)) {
      warnings.push(
        issue(at('actors', i, 'id'), 'replacesBuiltIn', `${showValue(a.id)} replaces the built-in actor`, {
          value: a.id,
        }),
      );
    }
    if (typeof a.color === 'string' && !isColor(a.color)) {
      warnings.push(
        issue(
          at('actors', i, 'color'),
          'badColor',
          `${showValue(a.color)} is not a colour (#rrggbb); the app picks one`,
          {
            value: a.color,
          },
        ),
      );
    }
  });
  list(data.kinds).forEach((k, i) => {
    if (!isObj(k)) return;
    if (isBuiltIn(BUILT_IN_KIND_IDS, k.id)) {
      warnings.push(
        issue(at('kinds', i, 'id'), 'replacesBuiltIn', `${showValue(k.id)} replaces the built-in kind`, {
          value: k.id,
        }),
      );
    }
    checkActor(k.defaultActor, at('kinds', i, 'defaultActor'));
  });

  const lastDayContext = ruleContext(
    {
      participant: {
        birthYear:
          isObj(data.participant) && typeof data.participant.birthYear === 'number'
            ? data.participant.birthYear
            : undefined,
      },
      interventions: list(data.interventions).filter(
        (iv): iv is Intervention =>
          isObj(iv) &&
          // Stryker disable next-line ConditionalExpression: equivalent: a kind that is not text is filed under a key no kind's id reads (ruleContext looks kinds up by their string id)
          typeof iv.kind === 'string' &&
          isIsoDate(iv.start),
      ),
    },
    catalogue.kinds,
  );
  const checkIntervention = (iv: unknown, path: PathSegment[]) => {
    if (!isObj(iv)) return;
    // The kinds are keyed by text: a kind that is not text finds none.
    const kind = catalogue.kinds.get(iv.kind as string);
    if (typeof iv.kind === 'string' && !kind) {
      errors.push(
        issue([...path, 'kind'], 'unknownKind', `${showValue(iv.kind)} is not a known kind`, { value: iv.kind }),
      );
    }
    checkActor(iv.actor, [...path, 'actor']);
    if (iv.actor === undefined && kind && !actorOf(iv, catalogue)) {
      errors.push(
        issue([...path, 'actor'], 'noActor', `is required: kind ${showValue(kind.id)} has no default actor`, {
          kind: kind.id,
        }),
      );
    }
    checkOrder(iv, 'end', [...path, 'end']);
    checkOrder(iv, 'plannedEnd', [...path, 'plannedEnd']);
    if (iv.kind === SICKNESS_KIND && iv.sickFrom !== undefined) checkSickFrom(iv, [...path, 'sickFrom']);
    const past = pastLastDay(iv, kind, lastDayContext);
    if (past) {
      // A limit counts from the start; an end past the last day is never `end` or `plannedEnd` alone (both
      // are dates), so it is the extensions', or the decision length's from the start.
      const where =
        past === 'limit' ? 'start' : Array.isArray(iv.extensions) && iv.extensions.length > 0 ? 'extensions' : 'start';
      errors.push(
        issue(
          [...path, where],
          'afterMaxDate',
          past === 'end'
            ? `the projected end is after ${LAST_DAY}, the last day Resan can show`
            : `the statutory maximum falls after ${LAST_DAY}, the last day Resan can show`,
          { context: past, max: LAST_DAY },
        ),
      );
    }
    const birthYear = isObj(data.participant) ? data.participant.birthYear : undefined;
    if (
      kind &&
      isIsoDate(iv.start) &&
      // Stryker disable next-line ConditionalExpression: equivalent when true: a birth year that is not a number is the schema's error, and a refused file's warnings are never shown (when false, 4 youth-warning tests fail: planted 2026-12-07)
      typeof birthYear === 'number' &&
      youthAgeUncertain(kind, iv.start, birthYear)
    ) {
      // Förordning 2018:43 tests the actual age; a birth year alone leaves two possible ages.
      const age = Number(iv.start.slice(0, 4)) - birthYear;
      warnings.push(
        issue(
          [...path, 'start'],
          'ageUncertain',
          `the participant is ${age - 1} or ${age} at start (only the birth year is known): the youth maximum of ${kind.youthMaxTotalMonths} months may or may not apply`,
          {
            kind: kind.id,
            age,
            ageBefore: age - 1,
            months: kind.youthMaxTotalMonths ?? 0,
            applied: age === 20 ? 'yes' : 'no',
          },
        ),
      );
    }
    if (kind?.untilAge !== undefined && typeof birthYear === 'number' && !iv.cancelled && computable(iv)) {
      // Only the birth year is known: the rule may end from (Y + age - 1)-12-31 (born 1 January).
      const end = effectiveEnd(iv, kind, birthYear).end;
      const earliest = earliestLastDayBeforeAge(birthYear, kind.untilAge);
      if (
        // Stryker disable next-line ConditionalExpression: equivalent: the one kind with an age limit (aktivitetsersättning) has 36 months a decision, so its effective end is never null
        end === null ||
        end > earliest
      ) {
        warnings.push(
          issue(
            path,
            'ageUncertain',
            `the participant turns ${kind.untilAge} in ${birthYear + kind.untilAge} (only the birth year is known): ${kind.label.en} may end as early as ${earliest}`,
            {
              kind: kind.id,
              age: kind.untilAge,
              year: birthYear + kind.untilAge,
              value: earliest,
              context: 'untilAge',
            },
          ),
        );
      }
    }
    if (kind && isIsoDate(iv.start) && !isAvailableOn(kind, iv.start)) {
      const { from, to } = kind.available ?? {};
      warnings.push(
        issue(
          [...path, 'start'],
          'kindUnavailable',
          from && to
            ? `${kind.label.en} existed ${from} to ${to}; this one starts ${iv.start}`
            : to
              ? `${kind.label.en} has had no new decisions after ${to}; this one starts ${iv.start}`
              : `${kind.label.en} exists from ${from}; this one starts ${iv.start}`,
          // `context` picks the wording in the message catalogue.
          {
            kind: kind.id,
            from: from ?? '',
            to: to ?? '',
            value: iv.start,
            context: from && to ? 'between' : to ? 'until' : 'from',
          },
        ),
      );
    }
  };
  list(data.interventions).forEach((iv, i) => checkIntervention(iv, at('interventions', i)));

  list(data.mandates).forEach((m, i) => {
    if (!isObj(m)) return;
    checkActor(m.actor, at('mandates', i, 'actor'));
    checkOrder(m, 'end', at('mandates', i, 'end'));
  });
  list(data.events).forEach((e, i) => {
    if (isObj(e)) checkActor(e.actor, at('events', i, 'actor'));
  });
  list(data.annotations).forEach((a, i) => {
    if (isObj(a)) checkOrder(a, 'end', at('annotations', i, 'end'));
  });

  // The interventions' ids as written: they are looked up with text only (a reference, an added id), which
  // no id of another type equals.
  const baseIds = new Set<unknown>();
  for (const iv of list(data.interventions)) if (isObj(iv)) baseIds.add(iv.id);
  list(data.scenarios).forEach((s, si) => {
    if (!isObj(s)) return;
    const known = new Set(baseIds);
    list(s.changes).forEach((c, ci) => {
      if (!isObj(c)) return;
      const path = at('scenarios', si, 'changes', ci);
      if (c.op === 'add') {
        checkIntervention(c.intervention, [...path, 'intervention']);
        const newId = isObj(c.intervention) ? c.intervention.id : undefined;
        if (typeof newId === 'string') {
          if (known.has(newId)) {
            errors.push(
              issue(
                [...path, 'intervention', 'id'],
                'duplicateId',
                `${showValue(newId)} is used twice in interventions`,
                { value: newId, list: 'interventions' },
              ),
            );
          }
          known.add(newId);
        }
        return;
      }
      for (const field of ['intervention', 'after'] as const) {
        const ref = c[field];
        if (typeof ref === 'string' && !known.has(ref)) {
          errors.push(
            issue([...path, field], 'unknownIntervention', `${showValue(ref)} is not an intervention in this journey`, {
              value: ref,
            }),
          );
        }
      }
    });
  });

  return { errors, warnings };
}

export type { Catalogue };
