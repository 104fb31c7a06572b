/**
 * Sammanställ (issue 27, point 2): several figures files read and fitted together with the
 * domain's own checks (`readFigures`, `checkFit`), before anything is merged. A file that
 * cannot be read, is newer, was changed or cut short, does not add up, or was made with other
 * options is refused with its name and the reason; the same file twice is found, named and
 * merged once; files made with other filters are merged with a warning.
 */
import {
  type FiguresFile,
  type FiguresIssue,
  type FiguresReadResult,
  type FitProblem,
  type PoolOptions,
  type PooledFigures,
  checkFit,
  finishFigures,
  readFigures,
} from '../../domain/pool';
import { MAX_FILE_BYTES } from '../../domain';
import { issue } from '../../domain/issues';

/**
 * A file the person chose: as text, already read (`readFigures`' result, so that a page can read
 * many files between frames), or too large to read; or the cohort loaded in this browser as a
 * figures file.
 */
export type PoolInput =
  | { name: string; text: string }
  | { name: string; read: FiguresReadResult }
  | { name: string; tooLarge: true }
  | { name: string; file: FiguresFile; local: true };

export type PoolSource = { name: string; file: FiguresFile; local: boolean };
export type Refusal =
  | { name: string; kind: 'read'; errors: FiguresIssue[] }
  | { name: string; kind: 'options'; options: (keyof PoolOptions)[]; first: string };
export type PoolSet = {
  /** The files merged, in the order chosen. */
  sources: PoolSource[];
  refused: Refusal[];
  /** A file that is the same as one before it (merged once). */
  duplicates: { name: string; first: string }[];
  /** A file made with another filter than the first. */
  otherFilters: { name: string; first: string }[];
};

/** Reads and fits the inputs in the order given; the first file that can be read is the one the others must fit. */
export function poolSet(inputs: readonly PoolInput[]): PoolSet {
  const out: PoolSet = { sources: [], refused: [], duplicates: [], otherFilters: [] };
  const read: PoolSource[] = [];
  for (const input of inputs) {
    if ('file' in input) {
      read.push({ name: input.name, file: input.file, local: true });
      continue;
    }
    if ('tooLarge' in input) {
      const max = MAX_FILE_BYTES / (1024 * 1024);
      const errors = [issue('', 'tooLarge', `the file is larger than ${max} MB`, { max })];
      out.refused.push({ name: input.name, kind: 'read', errors });
      continue;
    }
    const r = 'read' in input ? input.read : readFigures(input.text);
    if (r.ok) read.push({ name: input.name, file: r.file, local: false });
    else out.refused.push({ name: input.name, kind: 'read', errors: r.errors });
  }
  if (read.length === 0) return out;
  const { problems, warnings } = checkFit(read.map((s) => s.file));
  const byFile = new Map<number, FitProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  read.forEach((source, i) => {
    const own = byFile.get(i) ?? [];
    const copy = own.find((p) => p.code === 'sameFile');
    if (copy) return out.duplicates.push({ name: source.name, first: read[copy.first].name });
    const options = own.flatMap((p) => (p.code === 'differentOptions' ? [p.option] : []));
    if (options.length > 0)
      return out.refused.push({ name: source.name, kind: 'options', options, first: read[0].name });
    out.sources.push(source);
  });
  for (const w of warnings)
    if (out.sources.some((s) => s.name === read[w.file].name))
      out.otherFilters.push({ name: read[w.file].name, first: read[w.first].name });
  return out;
}

/** The merged figures of the sources, or null when there are none. */
export const pooledOf = (sources: readonly PoolSource[]): PooledFigures | null =>
  sources.length === 0 ? null : finishFigures(sources.map((s) => s.file));
