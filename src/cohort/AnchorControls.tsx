/** What the chronogram counts from, and the range of days around it. */
import { useState } from 'react';
import type { Words } from './say';

export type AnchorChoice = {
  choice: 'forstegEnd' | 'introduktionsjobb' | 'arbetspraktik' | 'kind';
  kind: string;
  from: number;
  to: number;
};

export const anchorOf = (a: AnchorChoice) =>
  a.choice === 'forstegEnd' ? 'forstegEnd' : `start:${a.choice === 'kind' ? a.kind || 'forsteg' : a.choice}`;

const MAX_SPAN = 1000;

type Props = { value: AnchorChoice; onChange: (a: AnchorChoice) => void; kinds: string[]; w: Words };

export function AnchorControls({ value, onChange, kinds, w }: Props) {
  const [range, setRange] = useState({ from: String(value.from), to: String(value.to) });
  const from = Number(range.from);
  const to = Number(range.to);
  const valid = Number.isInteger(from) && Number.isInteger(to) && from <= 0 && to >= 0 && to - from <= MAX_SPAN;
  const commit = () => {
    if (valid && (from !== value.from || to !== value.to)) onChange({ ...value, from, to });
  };
  return (
    <div className="anchor-controls">
      <label>
        {w.say('align.anchor')}
        <select
          value={value.choice}
          onChange={(e) => onChange({ ...value, choice: e.target.value as AnchorChoice['choice'] })}
          data-testid="anchor"
          aria-describedby={value.choice === 'forstegEnd' ? 'anchor-day0' : undefined}
        >
          {(['forstegEnd', 'introduktionsjobb', 'arbetspraktik', 'kind'] as const).map((c) => (
            <option key={c} value={c}>
              {w.say(`align.anchors.${c}`)}
            </option>
          ))}
        </select>
        {value.choice === 'forstegEnd' && (
          <span id="anchor-day0" className="hint anchor-hint">
            {w.say('align.day0Forsteg')}
          </span>
        )}
      </label>
      {value.choice === 'kind' && (
        <label>
          {w.say('align.kind')}
          <select
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.target.value })}
            data-testid="anchor-kind"
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {w.kind(k)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {w.say('align.from')}
        <input
          type="number"
          inputMode="numeric"
          max={0}
          value={range.from}
          onChange={(e) => setRange({ ...range, from: e.target.value })}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          aria-invalid={!valid}
          data-testid="align-from"
        />
      </label>
      <label>
        {w.say('align.to')}
        <input
          type="number"
          inputMode="numeric"
          min={0}
          value={range.to}
          onChange={(e) => setRange({ ...range, to: e.target.value })}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          aria-invalid={!valid}
          data-testid="align-to"
        />
      </label>
      {!valid && (
        <p className="notice notice-error" role="alert">
          {w.say('align.badRange')}
        </p>
      )}
    </div>
  );
}
