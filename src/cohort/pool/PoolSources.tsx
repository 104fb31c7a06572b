/**
 * Sammanställ's sources: the files to choose (added to those chosen before), whether to include
 * this browser's cohort, the sources added up (label, file, journeys), and every file not
 * added up with its name and reason, or found twice.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Issue, MAX_FILE_BYTES } from '../../domain';
import { type FiguresIssue, readFigures } from '../../domain/pool';
import { isolateParams } from '../../kit/isolate';
import { type Words, showValue } from '../say';
import type { PoolInput, PoolSet, Refusal } from './poolSet';

/** The problems of a refused file said in one line: the first three, and how many more. */
function useRefusalText(w: Words) {
  const { t } = useTranslation();
  const issue = (e: FiguresIssue) => {
    const text =
      e.code === 'changed'
        ? w.say('pool.reasons.changed')
        : e.code === 'doesNotAddUp'
          ? w.say('pool.reasons.doesNotAddUp', { path: e.path, message: e.message })
          : `${e.path ? `${e.path}: ` : ''}${t(`issue.${(e as Issue).code}`, { ...isolateParams((e as Issue).params) })}`;
    return text;
  };
  return (r: Refusal) => {
    if (r.kind === 'options')
      return w.say('pool.reasons.options', {
        first: r.first,
        options: r.options.map((o) => w.say(`pool.options.${o}`)).join(', '),
      });
    const said = r.errors.slice(0, 3).map(issue).join('; ');
    return r.errors.length > 3 ? `${said} ${w.say('pool.more', { count: r.errors.length - 3 })}` : said;
  };
}

/**
 * Each chosen file read and checked (`readFigures`), one file per task, so that choosing 75 files
 * does not hold the page for the time of all of them (bench/cohort/pool.bench.ts); a file over the
 * size limit is not read at all.
 */
export async function readChosen(files: readonly File[]): Promise<PoolInput[]> {
  const out: PoolInput[] = [];
  for (const f of files) {
    if (f.size > MAX_FILE_BYTES) {
      out.push({ name: f.name, tooLarge: true });
      continue;
    }
    const text = await f.text();
    await new Promise((resolve) => setTimeout(resolve, 0));
    out.push({ name: f.name, read: readFigures(text) });
  }
  return out;
}

type Props = {
  set: PoolSet;
  chosen: number;
  onChoose: (files: File[]) => void;
  onClear: () => void;
  local: { name: string; count: number; included: boolean; status: string };
  onIncludeLocal: (on: boolean) => void;
  w: Words;
};

export function PoolSources({ set, chosen, onChoose, onClear, local, onIncludeLocal, w }: Props) {
  const say = (key: string, values?: Record<string, unknown>) => w.say(`pool.${key}`, values);
  const reason = useRefusalText(w);
  const n = (x: number) => showValue(x, w.language);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="panel pool-sources" aria-labelledby="pool-sources-heading">
      <h2 id="pool-sources-heading">{say('sources.heading')}</h2>
      <div className="pool-choose">
        <button type="button" className="primary" onClick={() => input.current?.click()} data-testid="pool-choose">
          {say('choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="pool-files"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) onChoose(files);
          }}
        />
        {chosen > 0 && (
          <button type="button" onClick={onClear}>
            {say('clear')}
          </button>
        )}
        <label className="pool-check">
          <input
            type="checkbox"
            checked={local.included}
            disabled={local.count === 0}
            onChange={(e) => onIncludeLocal(e.target.checked)}
            data-testid="pool-include-local"
          />
          {say('includeLocal', { name: local.name, count: n(local.count) })}
        </label>
        <span role="status" className="hint">
          {local.status}
        </span>
      </div>
      {set.sources.length > 0 && (
        <table className="pool-table" data-testid="pool-sources">
          <caption>{say('sources.caption')}</caption>
          <thead>
            <tr>
              {(['label', 'file', 'journeys', 'asOf', 'made'] as const).map((k) => (
                <th key={k} scope="col">
                  {say(`sources.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {set.sources.map((s, i) => (
              <tr key={i}>
                <th scope="row">
                  {s.file.provenance.label}
                  {s.file.provenance.sources && (
                    <span className="pool-merged-from" data-testid="pool-merged-from">
                      {w.say('poolMore.provenance.sources', {
                        count: s.file.provenance.sources.length,
                        list: s.file.provenance.sources
                          .map((x) => say('sources.one', { label: x.label, count: n(x.journeys) }))
                          .join('; '),
                      })}
                    </span>
                  )}
                </th>
                <td>{s.local ? '' : s.name}</td>
                <td data-value={s.file.provenance.journeys}>{n(s.file.provenance.journeys)}</td>
                <td>{w.day(s.file.options.asOf)}</td>
                <td>{w.day(s.file.provenance.madeAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{say('sources.total')}</th>
              <td />
              <td data-testid="pool-journeys">{n(set.sources.reduce((s, x) => s + x.file.provenance.journeys, 0))}</td>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {(set.refused.length > 0 || set.duplicates.length > 0) && (
        <div className="notice notice-error" role="alert" data-testid="pool-refused">
          <h3>{say('refusedHeading')}</h3>
          <ul>
            {set.refused.map((r, i) => (
              <li key={`r${i}`}>{say('refused', { file: r.name, reason: reason(r) })}</li>
            ))}
            {set.duplicates.map((d, i) => (
              <li key={`d${i}`}>{say('duplicate', { file: d.name, first: d.first })}</li>
            ))}
          </ul>
        </div>
      )}
      {set.otherFilters.length > 0 && (
        <ul className="notice" data-testid="pool-warnings">
          {set.otherFilters.map((o, i) => (
            <li key={i}>{say('otherFilters', { file: o.name, first: o.first })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
