/**
 * Checks an edited item the way the importer checks a file: the journey with the item
 * put in is run through `journeyFromData`, and its problems are sorted to the form's
 * fields. The wording is therefore the importer's own.
 */
import { type Issue, type Journey, type ListName, findPersonnummer, journeyFromData, upsertItem } from '../domain';
import type { Loose } from './fields';

export type ItemCheck = {
  /** Errors by field key (`start`, `extensions[0].months`). */
  fields: Record<string, Issue[]>;
  /** Errors of the item that no field shows, and new errors elsewhere in the journey. */
  general: Issue[];
  /** The importer's warnings for this item (e.g. a kind used outside its period), paths relative to it ('' for the item). */
  warnings: Issue[];
  /** Text in the item that looks like a personnummer (paths relative to the item). */
  personnummer: Issue[];
  ok: boolean;
};

/**
 * The journey with the item put in: replacing the item that had `previousId`, or added at
 * the end when it is new (an id that matches no item, so that a new item whose id is taken
 * never replaces another one; the duplicate is reported instead).
 */
export function withItem(journey: Journey, list: ListName, item: Loose, previousId: string | undefined): Journey {
  return upsertItem(journey, list, item as Loose & { id: string }, previousId ?? '');
}

const keyOf = (e: Issue) => `${e.path}\u0000${e.code}`;

/** The problems a journey already has (left out of an item's check). */
export function existingProblems(journey: Journey): ReadonlySet<string> {
  const r = journeyFromData(journey);
  return new Set(r.ok ? [] : r.errors.map(keyOf));
}

/**
 * The check of `item`, to be saved in `list` in place of `previousId` (none: new).
 * `fieldKeys` are the keys the form shows; an error at any other place of the item goes
 * to the general list.
 */
export function checkItem(
  journey: Journey,
  list: ListName,
  item: Loose,
  previousId: string | undefined,
  fieldKeys: readonly string[],
  existing: ReadonlySet<string> = new Set(),
): ItemCheck {
  const candidate = withItem(journey, list, item, previousId);
  const index = ((candidate[list] as unknown[] | undefined) ?? []).indexOf(item);
  const prefix = `${list}[${index}]`;
  const known = new Set(fieldKeys);
  const fields: Record<string, Issue[]> = {};
  const general: Issue[] = [];
  const add = (key: string, e: Issue) => (fields[key] ??= []).push(e);

  const result = journeyFromData(candidate);
  for (const e of result.ok ? [] : result.errors) {
    const rest = e.path.startsWith(prefix) ? e.path.slice(prefix.length) : null;
    if (rest !== null && (rest === '' || rest.startsWith('.') || rest.startsWith('['))) {
      const key = rest.replace(/^\./, '');
      if (known.has(key)) add(key, e);
      else general.push(e);
    } else if (e.code === 'duplicateId' && e.params?.list === list && e.params.value === item.id && known.has('id')) {
      // The same id further down the list: reported there, but it is this item's id.
      add('id', e);
    } else if (!existing.has(keyOf(e))) {
      general.push(e);
    }
  }
  // Warnings at the item itself (aktivitetsersättning's age) have the path '', the others a field's.
  const warnings = (result.ok ? result.warnings : [])
    .filter((w) => w.path === prefix || w.path.startsWith(`${prefix}.`))
    .map((w) => ({ ...w, path: w.path.slice(prefix.length + 1) }));
  const ok = general.length === 0 && Object.keys(fields).length === 0;
  return { fields, general, warnings, personnummer: findPersonnummer(item), ok };
}
