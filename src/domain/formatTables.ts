/**
 * The catalogue as Markdown tables for docs/format.md (the built-in kinds and actors), so
 * that the document cannot drift from the rules the analysis uses. `npm run docs:format`
 * writes them between the document's marker comments; tests/formatDoc.test.ts fails when
 * they differ. Pure: text in, text out.
 */
import { BUILT_IN_ACTORS, BUILT_IN_KINDS, type KindDef, type RulePeriod, YOUTH_AGE, isActivityKind } from './catalogue';
import { SICKNESS_KIND } from './effective';

/** One table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row)].join('\n');
}

const code = (s: string) => `\`${s}\``;
const months = (n: number | undefined) => (n === undefined ? '–' : String(n));

function periodNote(p: RulePeriod): string {
  // A period open at one end (or both) reads as such: none of the built-in ones is yet.
  const span =
    p.from && p.to ? ` in ${p.from}–${p.to}` : p.from ? ` on or after ${p.from}` : p.to ? ` on or before ${p.to}` : '';
  const what = [
    p.maxMonthsPerDecision !== undefined ? `${p.maxMonthsPerDecision} per decision` : null,
    p.maxTotalMonths !== undefined ? `${p.maxTotalMonths} in total` : null,
  ]
    .filter((s) => s !== null)
    .join(', ');
  const when = p.byDecision
    ? `when it starts, or an extension is decided (\`decidedOn\`),${span}`
    : `when it starts${span}`;
  return what === '' ? when : `${what} ${when}`;
}

/** What a kind's row says beyond its category, actor and maximums. */
function kindNotes(k: KindDef): string[] {
  const notes: string[] = [];
  if (!isActivityKind(k)) notes.push('not an activity');
  if (k.id === SICKNESS_KIND) notes.push('reads `sickFrom`; its periods give the sickness milestones');
  if (k.parallel) notes.push('parallel by default');
  if (k.parallelBelowExtent !== undefined) notes.push(`parallel by default when \`extent\` < ${k.parallelBelowExtent}`);
  for (const p of k.periods ?? []) notes.push(periodNote(p));
  if (k.youthMaxTotalMonths !== undefined)
    notes.push(`${k.youthMaxTotalMonths} in total when aged ${YOUTH_AGE.from}–${YOUTH_AGE.to} at start`);
  if (k.countsFrom)
    notes.push(`total counted from the journey's first start of this kind, not before ${k.countsFrom.notBefore}`);
  if (k.earlierTimeCounts) notes.push('earlier time in this kind counts towards the total');
  if (k.untilAge !== undefined)
    notes.push(`ends at the latest the month before turning ${k.untilAge}: \`(birthYear + ${k.untilAge})-11-30\``);
  if (k.review) notes.push(`past ${k.review.afterMonths} months: ${k.review.note.en}`);
  if (k.totalUnconfirmed) notes.push('total not confirmed by a source');
  const a = k.available;
  if (a?.from && a.to) notes.push(`existed ${a.from}–${a.to}`);
  else if (a?.from) notes.push(`new decisions from ${a.from}`);
  else if (a?.to) notes.push(`no new decisions after ${a.to}`);
  return notes;
}

/**
 * The built-in intervention kinds: a table of id, labels, category, default actor and
 * maximums, then a list of the kinds whose rules say more (periods, youth maximum, age,
 * earlier time, parallel defaults, unconfirmed totals, availability).
 */
export function kindsTableMarkdown(kinds: readonly KindDef[] = BUILT_IN_KINDS): string {
  const main = table(
    ['kind', 'Swedish', 'English', 'category', 'default actor', 'months per decision', 'total months'],
    kinds.map((k) => [
      code(k.id),
      k.label.sv,
      k.label.en,
      code(k.category),
      k.defaultActor ? code(k.defaultActor) : '–',
      months(k.maxMonthsPerDecision),
      months(k.maxTotalMonths),
    ]),
  );
  const more = kinds
    .map((k) => ({ k, notes: kindNotes(k) }))
    .filter(({ notes }) => notes.length > 0)
    .map(({ k, notes }) => `- ${code(k.id)}: ${notes.join('; ')}.`);
  return [main, '', 'More rules of some kinds:', '', ...more].join('\n');
}

/** The built-in actors: id and labels. */
export function actorsTableMarkdown(): string {
  return table(
    ['actor', 'Swedish', 'English'],
    BUILT_IN_ACTORS.map((a) => [code(a.id), a.label.sv, a.label.en]),
  );
}
