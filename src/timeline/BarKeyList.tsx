/**
 * The key under the chart: each bar that carries a number, with its whole name. Shown on screen,
 * in Mötesläge and on paper, so a bar too short for its name is still told apart by more than colour.
 */
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarMark } from './barMarks';
import { CHUNK, type Slices, sameInChunk } from './slices';
import { Marked } from '../kit/FileText';

type Keyed = Extract<BarMark, { place: 'key' }>;

export function BarKeyList({
  marks,
  slices,
  indexOf,
}: {
  marks: ReadonlyMap<string, BarMark>;
  /** The bars drawn so far (slices.ts): the key lists theirs. */
  slices: Slices;
  /** Each bar's place in the journey, by id. */
  indexOf: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  const id = useId();
  // Once per set of marks, not once per slice.
  const keyed = useMemo(
    () => [...marks.values()].filter((m): m is Keyed => m.place === 'key').sort((a, b) => a.n - b.n),
    [marks],
  );
  if (keyed.length === 0) return null;
  const chunks = [];
  for (let from = 0; from < keyed.length; from += CHUNK)
    chunks.push(<KeyChunk key={from} keyed={keyed} from={from} slices={slices} indexOf={indexOf} />);
  return (
    <section className="bar-key-list" aria-labelledby={id} data-testid="bar-key-list">
      <h3 id={id}>{t('projector.barKeyHeading')}</h3>
      <p>{t('projector.barKeyIntro')}</p>
      <ol>{chunks}</ol>
    </section>
  );
}

type ChunkProps = { keyed: readonly Keyed[]; from: number; slices: Slices; indexOf: ReadonlyMap<string, number> };

function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  if (a.from !== b.from || a.indexOf !== b.indexOf || a.keyed !== b.keyed) return false;
  const at = (j: number) => (j < b.keyed.length ? (b.indexOf.get(b.keyed[j].id) ?? -1) : -1);
  return sameInChunk(a.slices, b.slices, b.from, at);
}

const KeyChunk = memo(function KeyChunk({ keyed, from, slices, indexOf }: ChunkProps) {
  const { rank, count } = slices;
  return keyed.slice(from, from + CHUNK).map((m) => {
    if (rank && rank[indexOf.get(m.id) ?? 0] >= count) return null;
    return (
      <li key={m.id} value={m.n} data-key-for={m.id}>
        {/* The file's titles in the file's language (WCAG 3.1.2). */}
        <Marked text={m.text} />
      </li>
    );
  });
}, sameChunk);
