/**
 * The state of the scenario editor: the draft, the scenario it makes, its check against
 * the journey, and saving it as one undoable step.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { type Issue, type Journey, type Scenario, replaceScenario } from '../domain';
import { i18next } from '../i18n';
import { announce } from '../kit/announce';
import { closeChartCard } from '../kit/scenarioActions';
import type { FieldBinding } from '../editing/controls';
import type { FieldName } from '../editing/fields';
import { type AppState, selectJourney, useStore } from '../store';
import { checkScenario } from './scenarioEditorCheck';
import {
  type ChangeDraft,
  type ScenarioDraft,
  fieldKeys,
  moveItem,
  newChange,
  scenarioDraftOf,
  scenarioOf,
  withOp,
} from './scenarioEditorDraft';

const NO_ERRORS: readonly Issue[] = [];
const selectDraft = (s: AppState) => s.scenarioDraft;

/** The journey with a new, unsaved scenario put in at the end (as saving it would). */
const withNew = (journey: Journey, fresh: Scenario | null): Journey =>
  fresh ? { ...journey, scenarios: [...(journey.scenarios ?? []), fresh] } : journey;

export function useScenarioEditorForm(scenarioId: string) {
  const saved = useStore(selectJourney);
  const pending = useStore(selectDraft);
  // A quick action's scenario is not in the journey until it is saved: cancelling leaves nothing.
  const fresh =
    pending?.id === scenarioId && !(saved.scenarios ?? []).some((s) => s.id === scenarioId) ? pending : null;
  const journey = useMemo(() => withNew(saved, fresh), [saved, fresh]);
  const current = (journey.scenarios ?? []).find((s) => s.id === scenarioId);
  // The scenario as it was when the editor opened: the draft starts from it, and what the
  // editor does not show of it is kept.
  const [stored] = useState(() => current);
  const [draft, setDraft] = useState<ScenarioDraft>(() =>
    stored ? scenarioDraftOf(stored) : { name: '', changes: [] },
  );
  const [submitted, setSubmitted] = useState(false);
  const baseId = useId();

  const keys = useMemo(() => fieldKeys(draft), [draft]);
  const scenario = useMemo(() => (stored ? scenarioOf(stored, draft) : undefined), [stored, draft]);
  const check = useMemo(
    () => (scenario ? checkScenario(journey, scenario, scenarioId, keys) : undefined),
    [journey, scenario, scenarioId, keys],
  );

  const idFor = useCallback((key: string) => `${baseId}-${key.replace(/[^A-Za-z0-9]+/g, '-')}`, [baseId]);
  const bind = (key: string): FieldBinding => ({
    id: idFor(key),
    errors: submitted ? (check?.fields[key] ?? NO_ERRORS) : NO_ERRORS,
  });
  const focus = (...ids: string[]) => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && !(el as HTMLButtonElement).disabled) return el.focus();
    }
  };
  /** Ids of a change's controls (`changes[0]-up`, `changes[0].op`). */
  const changeId = (i: number, part: 'up' | 'down' | 'remove' | 'op') =>
    part === 'op' ? idFor(`changes[${i}].op`) : `${idFor(`changes[${i}]`)}-${part}`;
  const addButtonId = `${baseId}-add`;

  const setName = (name: string) => setDraft((d) => ({ ...d, name }));
  const updateChange = (i: number, patch: Partial<ChangeDraft>) =>
    setDraft((d) => ({ ...d, changes: d.changes.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setOp = (i: number, op: string) =>
    setDraft((d) => ({ ...d, changes: d.changes.map((c, j) => (j === i ? withOp(c, op, journey, d.changes) : c)) }));
  const setAddValue = (i: number, name: FieldName, value: string) =>
    setDraft((d) => ({
      ...d,
      changes: d.changes.map((c, j) =>
        j === i ? { ...c, add: { ...c.add, values: { ...c.add.values, [name]: value } } } : c,
      ),
    }));

  const addChange = () => {
    const at = draft.changes.length;
    flushSync(() => setDraft((d) => ({ ...d, changes: [...d.changes, newChange(journey)] })));
    focus(changeId(at, 'op'));
  };
  const moveChange = (i: number, delta: number) => {
    const to = Math.max(0, Math.min(draft.changes.length - 1, i + delta));
    flushSync(() => setDraft((d) => ({ ...d, changes: moveItem(d.changes, i, delta) })));
    const same = delta < 0 ? 'up' : 'down';
    focus(changeId(to, same), changeId(to, same === 'up' ? 'down' : 'up'));
  };
  const removeChange = (i: number) => {
    const left = draft.changes.length - 1;
    flushSync(() => setDraft((d) => ({ ...d, changes: d.changes.filter((_, j) => j !== i) })));
    focus(...(left > 0 ? [changeId(Math.min(i, left - 1), 'op')] : []), addButtonId);
  };

  /** Saves (one undoable step) unless an error blocks it; else shows the errors and focuses the first. */
  const save = (): boolean => {
    if (scenario && check?.ok) {
      const store = useStore.getState();
      if (fresh) {
        // A new scenario is added and switched on in one undoable step, now that it is saved.
        store.editJourney((j) => withNew(j, scenario));
        store.setScenarioActive(scenario.id, true);
        announce(i18next.t('a11y.announce.scenarioCreated', { name: scenario.name }));
      } else if (JSON.stringify(scenario) !== JSON.stringify(stored)) {
        // Nothing changed: no empty step in the history.
        store.editJourney((j) => replaceScenario(j, scenario, scenarioId));
      }
      closeChartCard();
      return true;
    }
    flushSync(() => setSubmitted(true));
    const first = keys.find((k) => (check?.fields[k]?.length ?? 0) > 0);
    focus(...(first === undefined ? [] : [idFor(first)]), `${baseId}-general`);
    return false;
  };

  return {
    journey,
    stored,
    draft,
    /** A new scenario, not in the journey until it is saved. */
    isNew: fresh !== null,
    /** The scenario is gone (e.g. undone) or was never there. */
    missing: stored === undefined || current === undefined,
    general: submitted ? (check?.general ?? NO_ERRORS) : NO_ERRORS,
    apply: check?.apply ?? NO_ERRORS,
    personnummer: check?.personnummer ?? NO_ERRORS,
    generalId: `${baseId}-general`,
    addButtonId,
    bind,
    idFor,
    changeId,
    setName,
    updateChange,
    setOp,
    setAddValue,
    addChange,
    moveChange,
    removeChange,
    save,
  };
}

export type ScenarioEditorForm = ReturnType<typeof useScenarioEditorForm>;
