/** The journeys behind a cell, bar, row or list: one click opens one on the timeline. */
import { useEffect, useRef } from 'react';
import type { DrillRow, DrillTarget } from './drill';
import { binLabel } from './HistogramChart';
import type { Words } from './say';

type Props = {
  target: DrillTarget;
  rows: DrillRow[];
  w: Words;
  onOpen: (row: DrillRow) => void;
  onClose: () => void;
};

function what(t: DrillTarget, rows: DrillRow[], w: Words): string {
  const name = (id: string) => (id === '' ? w.say('matrix.nobody') : w.actor(id));
  switch (t.kind) {
    case 'handover':
      return t.from === t.to && t.from !== ''
        ? w.say('drill.same', { actor: name(t.from) })
        : w.say('drill.handover', { from: name(t.from), to: name(t.to) });
    case 'bin':
      return w.say('drill.bin', { bin: binLabel(t.bin, w) });
    case 'journey':
      return w.say('drill.journey', { ref: rows[0]?.ref ?? '' });
    case 'cliffs':
      return w.say('drill.cliffs');
    case 'milestones':
      return w.say('drill.milestones', { day: t.day });
  }
}

function detail(r: DrillRow, w: Words): string {
  const d = r.detail;
  if (d.kind && d.date) return w.say('drill.ends', { kind: w.kind(d.kind), date: w.day(d.date) });
  if (d.date) return w.day(d.date);
  if (d.days !== undefined) return w.say(d.open ? 'drill.waitOpen' : 'drill.days', { days: d.days });
  return '';
}

export function DrillList({ target, rows, w, onOpen, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [target]);
  return (
    <section className="panel drill-list" aria-labelledby="cohort-drill-heading" data-testid="drill-list">
      <div className="drill-head">
        <h2 id="cohort-drill-heading" tabIndex={-1} ref={heading}>
          {w.say('drill.heading', { what: what(target, rows, w) })}
        </h2>
        <button type="button" onClick={onClose}>
          {w.say('drill.close')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p>{w.say('drill.empty')}</p>
      ) : (
        <ul>
          {rows.map((r, i) => (
            <li key={`${r.index}-${i}`} data-ref={r.ref}>
              <button type="button" className="link-button" onClick={() => onOpen(r)} data-drill-index={r.index}>
                {w.say('drill.open', { ref: r.ref })}
              </button>{' '}
              <span className="muted">{detail(r, w)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
