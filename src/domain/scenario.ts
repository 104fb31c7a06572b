/**
 * Scenarios (section 6): changes applied to a copy of a journey, change by change.
 * The baseline is never touched; a change that cannot be applied fails the scenario
 * with errors that name the change.
 */
import { type IsoDate, addDays, addMonths, dayNumber, isIsoDate } from './dates';
import { SICKNESS_KIND, effectiveEnd } from './effective';
import { type Issue, type PathSegment, issue, showValue } from './issues';
import { resolveCatalogue } from './resolve';
import { checkJourneyRules } from './rules';
import type { Change, Intervention, Journey } from './schema';

export type ScenarioResult = { ok: true; journey: Journey } | { ok: false; errors: Issue[] };

function shiftDates(iv: Intervention, days: number) {
  iv.start = addDays(iv.start, days);
  if (iv.end !== undefined) iv.end = addDays(iv.end, days);
  if (iv.plannedEnd !== undefined) iv.plannedEnd = addDays(iv.plannedEnd, days);
  // A sjukpenning's first day of sickness moves with it (section 6); elsewhere it is not read.
  if (isIsoDate(iv.sickFrom)) iv.sickFrom = addDays(iv.sickFrom, days);
}

function endOf(journey: Journey, iv: Intervention): IsoDate | null {
  const kind = resolveCatalogue(journey).kinds.get(iv.kind);
  return effectiveEnd(iv, kind, journey.participant.birthYear).end;
}

/** Applies one change to `journey` in place; returns the problems, if any. */
function applyChange(journey: Journey, change: Change, path: PathSegment[]): Issue[] {
  const list = journey.interventions;
  if (change.op === 'add') {
    if (list.some((iv) => iv.id === change.intervention.id)) {
      return [
        issue(
          [...path, 'intervention', 'id'],
          'duplicateId',
          `${showValue(change.intervention.id)} is used twice in interventions`,
          { value: change.intervention.id, list: 'interventions' },
        ),
      ];
    }
    list.push(structuredClone(change.intervention));
    return [];
  }
  const target = list.find((iv) => iv.id === change.intervention);
  if (!target) {
    return [
      issue(
        [...path, 'intervention'],
        'unknownIntervention',
        `${showValue(change.intervention)} is not an intervention in this journey`,
        { value: change.intervention },
      ),
    ];
  }
  switch (change.op) {
    case 'remove':
      target.cancelled = true;
      return [];
    case 'extend': {
      const oldEnd = endOf(journey, target);
      if (oldEnd === null) {
        return [
          issue(
            [...path, 'intervention'],
            'openEnded',
            `${showValue(target.id)} is open-ended and cannot be extended`,
            { value: target.id },
          ),
        ];
      }
      if (target.end !== undefined) target.end = addMonths(target.end, change.months);
      else target.extensions = [...(target.extensions ?? []), { months: change.months }];
      const newEnd = endOf(journey, target) as IsoDate;
      if (change.cascade) {
        const moved = dayNumber(newEnd) - dayNumber(oldEnd);
        for (const iv of list) if (iv !== target && iv.start > oldEnd) shiftDates(iv, moved);
      }
      return [];
    }
    case 'shift': {
      const oldStart = target.start;
      shiftDates(target, change.days);
      if (change.cascade) {
        for (const iv of list) if (iv !== target && iv.start >= oldStart) shiftDates(iv, change.days);
      }
      return [];
    }
    case 'startAfter': {
      const after = list.find((iv) => iv.id === change.after);
      if (!after) {
        return [
          issue(
            [...path, 'after'],
            'unknownIntervention',
            `${showValue(change.after)} is not an intervention in this journey`,
            { value: change.after },
          ),
        ];
      }
      const afterEnd = endOf(journey, after);
      if (afterEnd === null) {
        return [
          issue([...path, 'after'], 'noEnd', `${showValue(after.id)} has no end to start after`, { value: after.id }),
        ];
      }
      // `gapDays` is the number of empty days between the two: 0 starts the next day.
      const newStart = addDays(afterEnd, 1 + (change.gapDays ?? 0));
      shiftDates(target, dayNumber(newStart) - dayNumber(target.start));
      return [];
    }
  }
}

/** Applies `changes` in order to a copy of `journey`. */
export function applyChanges(journey: Journey, changes: readonly Change[], prefix: PathSegment[] = []): ScenarioResult {
  const copy = structuredClone(journey);
  for (let i = 0; i < changes.length; i++) {
    const path = [...prefix, 'changes', i];
    const problems = applyChange(copy, changes[i], path);
    if (problems.length > 0) return { ok: false, errors: problems };
    // The calendar is the file's (0000-01-01 to 9999-12-31): a day moved past either end is no date.
    // A sjukpenning's `sickFrom` must be one too (section 2); on other kinds it is not read.
    const outOfRange = copy.interventions.find(
      (iv) =>
        ![iv.start, iv.end, iv.plannedEnd, iv.kind === SICKNESS_KIND ? iv.sickFrom : undefined].every(
          (d) => d === undefined || isIsoDate(d),
        ),
    );
    if (outOfRange) {
      return {
        ok: false,
        errors: [
          issue(path, 'outOfRange', `moves ${showValue(outOfRange.id)} outside the calendar`, { value: outOfRange.id }),
        ],
      };
    }
    const broken = checkJourneyRules(copy as unknown as Record<string, unknown>).errors.filter(
      (e) => e.code === 'endBeforeStart' || e.code === 'afterMaxDate',
    );
    if (broken.length > 0) {
      return {
        ok: false,
        errors: broken.map((e) => issue(path, e.code, `makes ${e.path} ${e.message}`, { ...e.params, at: e.path })),
      };
    }
  }
  return { ok: true, journey: copy };
}

export function applyScenario(journey: Journey, scenarioId: string): ScenarioResult {
  // Stryker disable next-line ArrayDeclaration: equivalent: a list of one string holds no scenario with the id either
  const scenarios = journey.scenarios ?? [];
  const index = scenarios.findIndex((s) => s.id === scenarioId);
  if (index < 0) {
    return {
      ok: false,
      errors: [
        issue('scenarios', 'unknownIntervention', `${showValue(scenarioId)} is not a scenario in this journey`, {
          value: scenarioId,
        }),
      ],
    };
  }
  return applyChanges(journey, scenarios[index].changes, ['scenarios', index]);
}

/** Several scenarios on at once, applied in the order given, on top of the baseline. */
export function applyScenarios(journey: Journey, scenarioIds: readonly string[]): ScenarioResult {
  let current = journey;
  for (const id of scenarioIds) {
    const r = applyScenario({ ...current, scenarios: journey.scenarios }, id);
    if (!r.ok) return r;
    current = r.journey;
  }
  return { ok: true, journey: current };
}

export type ScenarioOutcome = { id: string; ok: boolean; errors: Issue[] };

/**
 * Applies the scenarios that are on, in the journey's list order, on top of the baseline.
 * A scenario that fails is left out (with its errors); the others still apply.
 */
export function applyActiveScenarios(
  journey: Journey,
  activeIds: readonly string[],
): { journey: Journey; outcomes: ScenarioOutcome[] } {
  const active = new Set(activeIds);
  let current = journey;
  const outcomes: ScenarioOutcome[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent: a string in the list has no id, so it is never on
  for (const s of journey.scenarios ?? []) {
    if (!active.has(s.id)) continue;
    const r = applyScenario({ ...current, scenarios: journey.scenarios }, s.id);
    if (r.ok) {
      current = r.journey;
      outcomes.push({ id: s.id, ok: true, errors: [] });
    } else {
      outcomes.push({ id: s.id, ok: false, errors: r.errors });
    }
  }
  return { journey: current, outcomes };
}
