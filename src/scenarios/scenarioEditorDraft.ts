/**
 * The scenario editor's data, without React: a scenario as texts that can be typed, and
 * the scenario those texts make again. Every change is built on a copy of the stored one,
 * so properties the editor does not know survive; numbers typed as text that are not
 * numbers stay text so that the validator can say what is wrong with them.
 */
import { type Catalogue, type Journey, type Scenario, resolveCatalogue } from '../domain';
import { type Draft, type Loose, draftOf, itemOf, nextRowKey, numberOrText } from '../editing/fields';
import type { Language } from '../i18n';

export const OPS = ['extend', 'shift', 'startAfter', 'add', 'remove'] as const;
export type Op = (typeof OPS)[number];
export const isOp = (v: unknown): v is Op => (OPS as readonly unknown[]).includes(v);

/** The fields of the added intervention that the editor shows, in order. */
export const ADD_FIELDS = ['id', 'kind', 'actor', 'title', 'start', 'end', 'plannedEnd'] as const;

/** The properties each op has besides `op` (section 6). */
const OP_FIELDS: Record<Op, readonly string[]> = {
  extend: ['intervention', 'months', 'cascade'],
  shift: ['intervention', 'days', 'cascade'],
  startAfter: ['intervention', 'after', 'gapDays'],
  add: ['intervention'],
  remove: ['intervention'],
};
const CHANGE_FIELDS = new Set(Object.values(OP_FIELDS).flat());

/** One change as typed: texts, and the stored object it came from. */
export type ChangeDraft = {
  key: number;
  base: Loose;
  /** One of OPS, or an unknown op as stored (kept as it is). */
  op: string;
  intervention: string;
  months: string;
  days: string;
  after: string;
  gapDays: string;
  cascade: boolean;
  /** The intervention an `add` change adds, as the item forms type it. */
  add: Draft;
  addBase: Loose | undefined;
};

export type ScenarioDraft = { name: string; changes: ChangeDraft[] };

const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const asText = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export function changeDraftOf(stored: unknown): ChangeDraft {
  const base = isObj(stored) ? stored : {};
  const addBase = base.op === 'add' && isObj(base.intervention) ? base.intervention : undefined;
  return {
    key: nextRowKey(),
    base,
    op: typeof base.op === 'string' ? base.op : '',
    intervention: addBase ? '' : asText(base.intervention),
    months: asText(base.months),
    days: asText(base.days),
    after: asText(base.after),
    gapDays: asText(base.gapDays),
    cascade: base.cascade === true,
    add: draftOf('interventions', addBase, ''),
    addBase,
  };
}

export function scenarioDraftOf(stored: Scenario): ScenarioDraft {
  return {
    name: asText(stored.name),
    changes: (Array.isArray(stored.changes) ? stored.changes : []).map(changeDraftOf),
  };
}

/** A new change: extend the journey's first intervention (the months are to be typed). */
export function newChange(journey: Journey): ChangeDraft {
  return { ...changeDraftOf({ op: 'extend' }), intervention: journey.interventions[0]?.id ?? '' };
}

/** Ids the baseline and the scenario's `add` changes use. */
function usedIds(journey: Journey, changes: readonly ChangeDraft[]): Set<string> {
  const ids = new Set(journey.interventions.map((iv) => iv.id));
  for (const c of changes) if (c.op === 'add' && c.add.values.id) ids.add(c.add.values.id.trim());
  return ids;
}

/** The change with another op; an `add` gets a free id the first time. */
export function withOp(
  change: ChangeDraft,
  op: string,
  journey: Journey,
  changes: readonly ChangeDraft[],
): ChangeDraft {
  const next = { ...change, op };
  if (op === 'add' && !next.add.values.id) {
    const used = usedIds(journey, changes);
    let n = 1;
    while (used.has(`i${n}`)) n++;
    next.add = { ...next.add, values: { ...next.add.values, id: `i${n}` } };
  }
  return next;
}

function put(target: Loose, key: string, value: unknown) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** The change a draft describes: a copy of the stored one with the op's fields set. */
export function changeOf(d: ChangeDraft): Loose {
  if (!isOp(d.op)) return { ...d.base };
  const own = OP_FIELDS[d.op];
  const change: Loose = { ...d.base, op: d.op };
  for (const f of CHANGE_FIELDS) if (!own.includes(f)) delete change[f];
  // A new intervention's id comes first, as in the journey's own list.
  change.intervention = d.op === 'add' ? itemOf('interventions', d.addBase ?? { id: '' }, d.add) : d.intervention;
  if (own.includes('cascade')) put(change, 'cascade', d.cascade ? true : d.base.cascade === false ? false : undefined);
  if (d.op === 'extend') put(change, 'months', numberOrText(d.months));
  if (d.op === 'shift') put(change, 'days', numberOrText(d.days));
  if (d.op === 'startAfter') {
    change.after = d.after;
    put(change, 'gapDays', numberOrText(d.gapDays));
  }
  return change;
}

/** The scenario a draft describes: a copy of the stored one with its name and changes. */
export function scenarioOf(stored: Scenario, draft: ScenarioDraft): Scenario {
  return { ...stored, name: draft.name, changes: draft.changes.map(changeOf) as Scenario['changes'] };
}

/** The list with item `i` moved `delta` places (clamped to the list). */
export function moveItem<T>(list: readonly T[], i: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, i + delta));
  if (i < 0 || i >= list.length || to === i) return [...list];
  const next = [...list];
  const [item] = next.splice(i, 1);
  next.splice(to, 0, item);
  return next;
}

/** Keys of a change's fields, in the order they are shown: `changes[0].months`. */
export function changeFieldKeys(d: ChangeDraft, i: number): string[] {
  const at = (f: string) => `changes[${i}].${f}`;
  if (!isOp(d.op)) return [at('op')];
  if (d.op === 'add') return [at('op'), ...ADD_FIELDS.map((f) => at(`intervention.${f}`))];
  return [at('op'), ...OP_FIELDS[d.op].filter((f) => f !== 'cascade').map(at)];
}

export function fieldKeys(draft: ScenarioDraft): string[] {
  return ['name', ...draft.changes.flatMap(changeFieldKeys)];
}

export type Choice = { value: string; label: string };

/** "Introduktionsjobb: Lager (ij)": the kind's label, the title if any, the id. */
export function interventionLabel(
  iv: { id?: unknown; kind?: unknown; title?: unknown },
  catalogue: Catalogue,
  language: Language,
): string {
  const kind = asText(iv.kind);
  const name = catalogue.kinds.get(kind)?.label[language] ?? kind;
  const title = asText(iv.title).trim();
  return `${name}${title ? `: ${title}` : ''} (${asText(iv.id)})`;
}

/**
 * The interventions change `index` can name: the journey's own and those that the
 * scenario's earlier `add` changes add.
 */
export function interventionChoices(
  journey: Journey,
  changes: readonly ChangeDraft[],
  index: number,
  language: Language,
): Choice[] {
  const catalogue = resolveCatalogue(journey);
  const choices = journey.interventions.map((iv) => ({
    value: iv.id,
    label: interventionLabel(iv, catalogue, language),
  }));
  for (const c of changes.slice(0, Math.max(0, index))) {
    const v = c.add.values;
    const id = v.id?.trim() ?? '';
    if (c.op !== 'add' || id === '' || choices.some((x) => x.value === id)) continue;
    choices.push({ value: id, label: interventionLabel({ id, kind: v.kind, title: v.title }, catalogue, language) });
  }
  return choices;
}
