/**
 * The editing forms' data, without React: what each list's form holds, how a stored item
 * becomes a draft of texts, and how a draft becomes an item again. An item is always built
 * on a copy of the stored object, so properties the form does not know survive; an empty
 * field deletes its property; numbers typed as text that are not numbers stay text so that
 * the validator can say what is wrong with them.
 */
import { type ListName, SICKNESS_KIND } from '../domain';

export type FieldName =
  | 'id'
  | 'kind'
  | 'actor'
  | 'title'
  | 'start'
  | 'end'
  | 'plannedEnd'
  | 'sickFrom'
  | 'extent'
  | 'preparatory'
  | 'parallel'
  | 'notes'
  | 'label'
  | 'date'
  | 'type'
  | 'text';

export type Loose = Record<string, unknown>;

/** One decided extension as typed: texts, and the stored object it came from. */
export type ExtensionRow = { key: number; months: string; decidedOn: string; note: string; base: Loose };

export type Draft = {
  values: Partial<Record<FieldName, string>>;
  extensions: ExtensionRow[];
  cancelled: boolean;
};

/** The fields of each list's form, in the order they are shown (and focused on errors). */
export const LIST_FIELDS: Record<ListName, readonly (FieldName | 'extensions' | 'cancelled')[]> = {
  interventions: [
    'kind',
    'actor',
    'id',
    'title',
    'start',
    'end',
    'plannedEnd',
    'sickFrom',
    'extensions',
    'extent',
    'preparatory',
    'parallel',
    'cancelled',
    'notes',
  ],
  mandates: ['id', 'actor', 'label', 'start', 'end'],
  events: ['id', 'date', 'type', 'actor', 'text'],
  annotations: ['id', 'type', 'start', 'end', 'text'],
};

/** Prefixes of fresh ids. */
export const ID_PREFIX: Record<ListName, string> = { interventions: 'i', mandates: 'm', events: 'e', annotations: 'a' };

/** What a new item of each list starts with (besides its id). */
const NEW_VALUES: Record<ListName, Partial<Record<FieldName, string>>> = {
  interventions: {},
  mandates: {},
  events: { type: 'meeting' },
  annotations: { type: 'greyzone' },
};

const DATES = new Set<FieldName>(['start', 'end', 'plannedEnd', 'sickFrom', 'date']);
const TEXTS = new Set<FieldName>(['title', 'notes', 'label', 'text']);

const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const asText = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

let rowKeys = 0;
export const nextRowKey = () => ++rowKeys;

export function emptyExtension(): ExtensionRow {
  return { key: nextRowKey(), months: '', decidedOn: '', note: '', base: {} };
}

/** The draft of a stored item (or of a new one, with its prefilled id). */
export function draftOf(list: ListName, stored: Loose | undefined, newId: string): Draft {
  if (!stored) return { values: { ...NEW_VALUES[list], id: newId }, extensions: [], cancelled: false };
  const values: Partial<Record<FieldName, string>> = {};
  for (const f of LIST_FIELDS[list]) {
    if (f === 'extensions' || f === 'cancelled') continue;
    values[f] =
      f === 'preparatory' || f === 'parallel'
        ? typeof stored[f] === 'boolean'
          ? String(stored[f])
          : ''
        : asText(stored[f]);
  }
  const extensions = (Array.isArray(stored.extensions) ? stored.extensions : []).map((x): ExtensionRow => {
    const base = isObj(x) ? x : {};
    return {
      key: nextRowKey(),
      months: asText(base.months),
      decidedOn: asText(base.decidedOn),
      note: asText(base.note),
      base,
    };
  });
  return { values, extensions, cancelled: stored.cancelled === true };
}

/** A number when the text is one (a decimal comma is fine), else the text as typed. */
export function numberOrText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const normalised = t.replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? Number(normalised) : text;
}

function put(target: Loose, key: string, value: unknown) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function fieldValue(name: FieldName, text: string): unknown {
  if (name === 'extent') return numberOrText(text);
  if (name === 'preparatory' || name === 'parallel')
    return text === 'true' ? true : text === 'false' ? false : undefined;
  if (TEXTS.has(name)) return text.trim() === '' ? undefined : text;
  const t = text.trim();
  return t === '' ? undefined : DATES.has(name) || name === 'id' ? t : text;
}

function extensionOf(row: ExtensionRow): Loose {
  const x: Loose = { ...row.base };
  put(x, 'months', numberOrText(row.months));
  put(x, 'decidedOn', row.decidedOn.trim() === '' ? undefined : row.decidedOn.trim());
  put(x, 'note', row.note.trim() === '' ? undefined : row.note);
  return x;
}

/**
 * The item a draft describes: a copy of the stored one with the form's fields set or
 * deleted. `fallbackId` is used when a new item's id field was emptied.
 */
export function itemOf(list: ListName, stored: Loose | undefined, draft: Draft, fallbackId?: string): Loose {
  const item: Loose = { ...stored };
  for (const f of LIST_FIELDS[list]) {
    if (f === 'extensions') {
      const rows = draft.extensions.map(extensionOf);
      const keepEmpty = Array.isArray(stored?.extensions) && stored.extensions.length === 0;
      put(item, 'extensions', rows.length > 0 || keepEmpty ? rows : undefined);
    } else if (f === 'cancelled') {
      put(item, 'cancelled', draft.cancelled ? true : stored?.cancelled === false ? false : undefined);
    } else if (f === 'sickFrom' && draft.values.kind !== SICKNESS_KIND) {
      // Read on a sjukpenning only (section 2): on another kind the form neither shows nor touches it.
      put(item, f, stored?.sickFrom);
    } else {
      put(item, f, fieldValue(f, draft.values[f] ?? ''));
    }
  }
  if (item.id === undefined && fallbackId !== undefined) item.id = fallbackId;
  return item;
}

/** Keys of the fields a form shows, in order: extension rows as `extensions[i].months`. */
export function fieldKeys(list: ListName, draft: Draft): string[] {
  return LIST_FIELDS[list].flatMap((f) =>
    f === 'extensions'
      ? draft.extensions.flatMap((_, i) => ['months', 'decidedOn', 'note'].map((p) => `extensions[${i}].${p}`))
      : [f],
  );
}

/** Case- and accent-insensitive search: every word of the query occurs in the text. */
export function matchesSearch(text: string, query: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const hay = fold(text);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
