/**
 * Reading a figures file, as strictly as a journey file: strict JSON, the format and version
 * gate (a newer version is refused whole), every field by zod, then the `check` (a state
 * changed or cut short) and the sums the counts must satisfy. Never throws.
 */
import { type Issue, type IssueCode, fromZodIssues, issue, showValue } from '../issues';
import { readJson } from '../parse';
import { DAY_STATES } from '../cohort/types';
import { WAIT_BINS } from '../cohort/waits';
import { FIGURES_FORMAT, FIGURES_VERSION, type FiguresFile, FiguresFileSchema, checked } from './file';

/** The codes of a figures file's own problems, beside those of any import. */
export type FiguresCode = 'changed' | 'doesNotAddUp';
export type FiguresIssue = Omit<Issue, 'code'> & { code: IssueCode | FiguresCode };
export type FiguresReadResult = { ok: true; file: FiguresFile } | { ok: false; errors: FiguresIssue[] };

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `Number.isInteger`, which is false for anything but a number, as a type guard. */
function isWholeNumber(v: unknown): v is number {
  return Number.isInteger(v);
}
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const sumCounts = (list: readonly (readonly [number, number])[], keep = (_t: number) => true) =>
  sum(list.filter(([t]) => keep(t)).map(([, n]) => n));

/** The sums a figures file's counts satisfy whenever Resan made them; each broken one, with its place. */
export function addUpProblems(f: FiguresFile): FiguresIssue[] {
  const out: FiguresIssue[] = [];
  const need = (ok: boolean, path: string, what: string) => {
    if (!ok) out.push({ path, code: 'doesNotAddUp', message: what });
  };
  const s = f.figures;
  const w = s.waits;
  need(f.provenance.journeys === s.journeys, 'provenance.journeys', 'differs from figures.journeys');
  const sources = f.provenance.sources;
  need(f.version === 2 || sources === undefined, 'provenance.sources', 'is in a version 1 file');
  need(f.version === 1 || sources !== undefined, 'provenance.sources', 'is missing from a version 2 file');
  if (sources)
    need(sum(sources.map((x) => x.journeys)) === s.journeys, 'provenance.sources', 'do not add up to the journeys');
  need(s.closed <= s.journeys, 'figures.closed', 'is more than the journeys');
  need(w.journeysWithForsteg <= s.journeys, 'figures.waits.journeysWithForsteg', 'is more than the journeys');
  need(
    w.journeysWithWait <= w.journeysWithForsteg,
    'figures.waits.journeysWithWait',
    'is more than journeysWithForsteg',
  );
  need(w.journeysWithForsteg <= w.count, 'figures.waits.journeysWithForsteg', 'is more than the waits');
  need(w.journeysWithWait <= w.positive && w.positive <= w.count, 'figures.waits.positive', 'is out of order');
  need(
    w.count === w.observed + w.notAtRisk + w.noNextStep,
    'figures.waits.count',
    'is not observed + notAtRisk + noNextStep',
  );
  need(
    w.observed === sumCounts(w.events) + sumCounts(w.censored),
    'figures.waits.observed',
    'is not the events and censorings',
  );
  need(w.stillWaiting === sumCounts(w.censored), 'figures.waits.stillWaiting', 'is not the censorings');
  need(
    w.journeysInSurvival <= w.journeysWithForsteg,
    'figures.waits.journeysInSurvival',
    'is more than journeysWithForsteg',
  );
  need(
    w.journeysWithEndedWait <= w.journeysInSurvival,
    'figures.waits.journeysWithEndedWait',
    'is more than journeysInSurvival',
  );
  for (const [name, list] of [
    ['events', w.events],
    ['censored', w.censored],
  ] as const) {
    const times = list.map(([t]) => t);
    need(
      times.every((t, i) => i === 0 || t > times[i - 1]),
      `figures.waits.${name}`,
      'has times out of order or twice',
    );
  }
  WAIT_BINS.forEach((bin, i) => {
    const inBin = (t: number) => t >= bin.from && (bin.to === null || t <= bin.to);
    need(w.histogramEnded[i] === sumCounts(w.events, inBin), `figures.waits.histogramEnded[${i}]`, 'is not its events');
    need(
      w.histogramOpen[i] === sumCounts(w.censored, inBin),
      `figures.waits.histogramOpen[${i}]`,
      'is not its censorings',
    );
  });
  need(s.gaps.journeysWithGap <= s.journeys, 'figures.gaps.journeysWithGap', 'is more than the journeys');
  need(
    new Set(s.gaps.byPrecedingKind.map((g) => g.kind)).size === s.gaps.byPrecedingKind.length,
    'figures.gaps.byPrecedingKind',
    'names a kind twice',
  );
  const g = s.greyZones;
  need(g.journeysWithGreyZone <= s.journeys, 'figures.greyZones.journeysWithGreyZone', 'is more than the journeys');
  need(
    new Set(g.handovers.map((h) => JSON.stringify([h.from, h.to]))).size === g.handovers.length,
    'figures.greyZones.handovers',
    'names a pair twice',
  );
  g.handovers.forEach((h, i) =>
    need(
      h.journeys <= h.zones && h.journeys <= g.journeysWithGreyZone,
      `figures.greyZones.handovers[${i}].journeys`,
      'is more than its zones or the journeys with a grey zone',
    ),
  );
  need(
    new Set(s.cliffs.map((c) => JSON.stringify([c.kind, c.month]))).size === s.cliffs.length,
    'figures.cliffs',
    'names a kind and month twice',
  );
  need(
    new Set(s.upcomingMilestones.map((m) => `${m.day} ${m.month}`)).size === s.upcomingMilestones.length,
    'figures.upcomingMilestones',
    'names a day and month twice',
  );
  const { anchors, from, to } = f.options;
  need(
    f.alignments.length === anchors.length && f.alignments.every((a, i) => a.anchor === anchors[i]),
    'alignments',
    'are not those of options.anchors',
  );
  f.alignments.forEach((a, i) => {
    const at = `alignments[${i}]`;
    need(a.included + a.excluded === s.journeys, at, 'included and excluded are not the journeys');
    if (!DAY_STATES.every((st) => a.diff[st].length === to - from + 2)) {
      need(false, `${at}.diff`, `is not ${to - from + 2} entries long`);
      return;
    }
    const running = DAY_STATES.map(() => 0);
    for (let o = 0; o <= to - from + 1; o++) {
      DAY_STATES.forEach((st, k) => (running[k] += a.diff[st][o]));
      const total = sum(running);
      const inWindow = o <= to - from;
      if (running.some((n) => n < 0) || total !== (inWindow ? a.included : 0)) {
        need(
          false,
          `${at}.diff`,
          inWindow ? `day ${from + o} does not count every included journey once` : 'does not return to 0',
        );
        return;
      }
    }
  });
  return out;
}

export function readFigures(text: string): FiguresReadResult {
  const read = readJson(text);
  return read.ok ? figuresFromData(read.data) : read;
}

/** A figures file from data already read as JSON (`readFigures` after `readJson`). Never throws. */
export function figuresFromData(data: unknown): FiguresReadResult {
  try {
    if (!isObj(data)) return { ok: false, errors: [issue('', 'notObject', 'is not a JSON object')] };
    if (data.format !== FIGURES_FORMAT) {
      const value = typeof data.format === 'string' ? data.format : showValue(data.format);
      return {
        ok: false,
        errors: [
          issue('format', 'wrongFormat', `this is a ${value} file, not a ${FIGURES_FORMAT} file`, {
            value,
            expected: FIGURES_FORMAT,
          }),
        ],
      };
    }
    const v = data.version;
    if (isWholeNumber(v) && v > FIGURES_VERSION)
      return {
        ok: false,
        errors: [
          issue(
            'version',
            'newerVersion',
            `this file is format version ${v}, newer than version ${FIGURES_VERSION} that this app reads; open it in a newer version of Resan`,
            { version: v, supported: FIGURES_VERSION },
          ),
        ],
      };
    const parsed = FiguresFileSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
    const file = parsed.data;
    if (checked(file) !== file.check)
      return {
        ok: false,
        errors: [
          { path: 'check', code: 'changed', message: 'does not match the figures: the file was changed or cut short' },
        ],
      };
    const sums = addUpProblems(file);
    return sums.length > 0 ? { ok: false, errors: sums } : { ok: true, file };
  } catch (e) {
    return { ok: false, errors: [issue('', 'invalid', `the file could not be read (${String(e)})`)] };
  }
}
