/**
 * The state of one edit form: the draft, the item it makes, its check against the
 * journey, and saving or removing it as one undoable step.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { type Issue, type Journey, type ListName, freshId } from '../domain';
import { selectJourney, useStore } from '../store';
import type { EditTarget } from '../store/viewSlice';
import type { FieldBinding } from './controls';
import {
  type Draft,
  type ExtensionRow,
  type FieldName,
  ID_PREFIX,
  type Loose,
  draftOf,
  emptyExtension,
  fieldKeys,
  itemOf,
} from './fields';
import { checkItem, existingProblems, withItem } from './validateItem';

const NO_ERRORS: readonly Issue[] = [];

function opening(journey: Journey, target: EditTarget) {
  const list = target.list;
  const items = (journey[list] as Loose[] | undefined) ?? [];
  const stored = target.id === undefined ? undefined : items.find((x) => x.id === target.id);
  const newId = freshId(journey, list, ID_PREFIX[list]);
  return {
    stored,
    newId,
    missing: target.id !== undefined && stored === undefined,
    draft: draftOf(list, stored, newId),
  };
}

export function useItemForm(target: EditTarget) {
  const list: ListName = target.list;
  const journey = useStore(selectJourney);
  const [start] = useState(() => opening(journey, target));
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [submitted, setSubmitted] = useState(false);
  const baseId = useId();

  const keys = useMemo(() => fieldKeys(list, draft), [list, draft]);
  const item = useMemo(
    () => itemOf(list, start.stored, draft, target.id === undefined ? start.newId : undefined),
    [list, start, draft, target.id],
  );
  const existing = useMemo(() => existingProblems(journey), [journey]);
  const check = useMemo(
    () => checkItem(journey, list, item, target.id, keys, existing),
    [journey, list, item, target.id, keys, existing],
  );

  const idFor = useCallback((key: string) => `${baseId}-${key.replace(/[^A-Za-z0-9]+/g, '-')}`, [baseId]);
  const bind = (key: string): FieldBinding => ({
    id: idFor(key),
    errors: submitted ? (check.fields[key] ?? NO_ERRORS) : NO_ERRORS,
  });

  const setValue = (name: FieldName, value: string) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [name]: value } }));
  const setCancelled = (cancelled: boolean) => setDraft((d) => ({ ...d, cancelled }));
  const updateExtension = (i: number, patch: Partial<ExtensionRow>) =>
    setDraft((d) => ({ ...d, extensions: d.extensions.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const addExtension = () => setDraft((d) => ({ ...d, extensions: [...d.extensions, emptyExtension()] }));
  const removeExtension = (i: number) =>
    setDraft((d) => ({ ...d, extensions: d.extensions.filter((_, j) => j !== i) }));

  /** Saves when the item is valid; else shows the errors and focuses the first. */
  const save = (): boolean => {
    if (check.ok) {
      const previousId = target.id;
      useStore.getState().editJourney((j) => withItem(j, list, item, previousId));
      return true;
    }
    flushSync(() => setSubmitted(true));
    const first = keys.find((k) => (check.fields[k]?.length ?? 0) > 0);
    const field = first === undefined ? null : document.getElementById(idFor(first));
    (field ?? document.getElementById(`${baseId}-general`))?.focus();
    return false;
  };

  return {
    list,
    journey,
    draft,
    stored: start.stored,
    isNew: target.id === undefined,
    missing: start.missing,
    general: submitted ? check.general : NO_ERRORS,
    warnings: [...check.personnummer, ...check.warnings],
    /** The id of the box of errors that no field shows. */
    generalId: `${baseId}-general`,
    bind,
    setValue,
    setCancelled,
    updateExtension,
    addExtension,
    removeExtension,
    save,
  };
}

export type ItemForm = ReturnType<typeof useItemForm>;
