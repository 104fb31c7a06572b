/**
 * Export: the journey as JSON (v1, every unknown property and scenario kept) and its
 * findings as CSV, with every cell escaped against formula injection (`safeCsv`).
 * Free text (titles, actor names) reaches the CSV, so the escaping matters.
 */
import { type Analysis, type Journey, serializeJourney } from '../domain';
import { type CsvCell, safeCsv } from './csv';
import { safeFileName } from './fileName';

export { safeFileName };

export function journeyFileName(journey: Journey, today: string): string {
  return `${safeFileName(journey.participant.ref)}-${journey.asOf ?? today}.json`;
}

export function journeyJson(journey: Journey): string {
  return serializeJourney(journey);
}

export type CsvLabels = {
  headers: string[];
  kind: Record<'gap' | 'wait' | 'greyzone' | 'cliff', string>;
  /** "Sjukperiod, dag 180": the finding column of a sickness milestone. */
  milestone: (day: number) => string;
  name: (interventionId: string) => string;
  actor: (actorId: string) => string;
  /** The note column in the user's words: "öppet", "inget nästa steg", "inom 6 mån kvar"… */
  note: (code: CsvNote, months?: number) => string;
};

export type CsvNote = 'open' | 'noNextStep' | 'noWait' | 'manual' | 'upcoming' | 'future' | 'headroom';

/** One row per finding: kind, start, end, days, working days, who or what, note. */
export function findingsCsv(analysis: Analysis, labels: CsvLabels): string {
  const rows: CsvCell[][] = [];
  for (const g of analysis.gaps) {
    rows.push([
      labels.kind.gap,
      g.start,
      g.end,
      g.days,
      g.workingDays,
      [...g.before, ...g.after].map(labels.name).join(' → '),
      g.open ? labels.note('open') : '',
    ]);
  }
  for (const w of analysis.forstegWaits) {
    rows.push([
      labels.kind.wait,
      w.start,
      w.end,
      w.days,
      null,
      `${labels.name(w.forsteg)} → ${w.next ? labels.name(w.next) : '–'}`,
      // A wait of 0 days has no start or end (section 4): the note says why the cells are empty.
      w.noNextStep
        ? labels.note('noNextStep')
        : w.open
          ? labels.note('open')
          : w.days === 0
            ? labels.note('noWait')
            : '',
    ]);
  }
  for (const z of analysis.greyZones) {
    rows.push([
      labels.kind.greyzone,
      z.start,
      z.end,
      z.days,
      z.workingDays,
      `${z.fromActors.map(labels.actor).join(', ')} → ${z.toActors.map(labels.actor).join(', ')}`,
      z.manual ? labels.note('manual') : z.open ? labels.note('open') : '',
    ]);
  }
  for (const c of analysis.cliffs) {
    rows.push([
      labels.kind.cliff,
      null,
      c.end,
      c.daysLeft,
      null,
      labels.name(c.intervention),
      c.headroomMonths === null ? '' : labels.note('headroom', c.headroomMonths),
    ]);
  }
  // Sickness milestones: the date of day N, N in the days column, upcoming or still ahead.
  for (const m of analysis.sicknessMilestones) {
    rows.push([
      labels.milestone(m.day),
      null,
      m.date,
      m.day,
      null,
      m.interventions.map(labels.name).join(', '),
      m.upcoming ? labels.note('upcoming') : m.future ? labels.note('future') : '',
    ]);
  }
  // Cells that could run as formulas (under `,` or `;` settings) are shown as text; `;` as
  // Swedish spreadsheets expect (as the cohort's CSV).
  return safeCsv(rows, labels.headers, { delimiter: ';' });
}

export function findingsFileName(journey: Journey, today: string): string {
  return `${safeFileName(journey.participant.ref)}-fynd-${journey.asOf ?? today}.csv`;
}
