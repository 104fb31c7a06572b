/** The selection: period, actor, kind, with or without försteg, closed or open. */
import { type CohortFilter, NO_FILTER, isFiltered } from './filter';
import type { Words } from './say';

type Props = {
  filter: CohortFilter;
  onChange: (f: CohortFilter) => void;
  choices: { actors: string[]; kinds: string[] };
  shown: number;
  total: number;
  w: Words;
};

export function Filters({ filter, onChange, choices, shown, total, w }: Props) {
  const set = (patch: Partial<CohortFilter>) => onChange({ ...filter, ...patch });
  const badPeriod = filter.from !== null && filter.to !== null && filter.from > filter.to;
  return (
    <section className="panel cohort-filters" aria-labelledby="cohort-filter-heading">
      <h2 id="cohort-filter-heading">{w.say('filter.heading')}</h2>
      <div className="filter-fields">
        <label>
          {w.say('filter.from')}
          <input
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => set({ from: e.target.value || null })}
            data-testid="filter-from"
          />
        </label>
        <label>
          {w.say('filter.to')}
          <input
            type="date"
            value={filter.to ?? ''}
            onChange={(e) => set({ to: e.target.value || null })}
            data-testid="filter-to"
          />
        </label>
        <label>
          {w.say('filter.actor')}
          <select
            value={filter.actor ?? ''}
            onChange={(e) => set({ actor: e.target.value || null })}
            data-testid="filter-actor"
          >
            <option value="">{w.say('filter.all')}</option>
            {choices.actors.map((a) => (
              <option key={a} value={a}>
                {w.actor(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.say('filter.kind')}
          <select
            value={filter.kind ?? ''}
            onChange={(e) => set({ kind: e.target.value || null })}
            data-testid="filter-kind"
          >
            <option value="">{w.say('filter.all')}</option>
            {choices.kinds.map((k) => (
              <option key={k} value={k}>
                {w.kind(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.say('filter.forsteg')}
          <select
            value={filter.forsteg}
            onChange={(e) => set({ forsteg: e.target.value as CohortFilter['forsteg'] })}
            data-testid="filter-forsteg"
          >
            <option value="all">{w.say('filter.all')}</option>
            <option value="with">{w.say('filter.with')}</option>
            <option value="without">{w.say('filter.without')}</option>
          </select>
        </label>
        <label>
          {w.say('filter.status')}
          <select
            value={filter.status}
            onChange={(e) => set({ status: e.target.value as CohortFilter['status'] })}
            data-testid="filter-status"
          >
            <option value="all">{w.say('filter.all')}</option>
            <option value="open">{w.say('filter.open')}</option>
            <option value="closed">{w.say('filter.closed')}</option>
          </select>
        </label>
        <button type="button" onClick={() => onChange(NO_FILTER)} disabled={!isFiltered(filter)}>
          {w.say('filter.reset')}
        </button>
      </div>
      {badPeriod && (
        <p className="notice notice-error" role="alert">
          {w.say('filter.badPeriod', { from: filter.from, to: filter.to })}
        </p>
      )}
      <p className="hint" aria-live="polite" data-testid="filter-count">
        {w.say('filter.shown', { count: shown, total })}
      </p>
    </section>
  );
}
