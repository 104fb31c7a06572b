/** The draft's details as form fields: förbund, the reporter's role, date, recipients, parties and period. */
import { useId } from 'react';
import type { ReportDraft, ReportFields } from './lexHeller';
import type { ReportCohort } from './reportDocument';
import { type Words, showValue } from './say';
import { suppressCount } from '../domain';

type Editable = ReportFields & { parties: string };
type Props = {
  draft: ReportDraft;
  cohort: ReportCohort;
  suppress: boolean;
  onChange: (patch: Partial<Editable>) => void;
  w: Words;
};

const TEXT: (keyof Editable)[] = ['forbund', 'role', 'recipients', 'parties'];
const DATES: (keyof Editable)[] = ['date', 'periodFrom', 'periodTo'];

export function ReportFieldset({ draft, cohort, suppress, onChange, w }: Props) {
  const id = useId();
  const count = (n: number) => showValue(suppressCount(n, suppress), w.language);
  // The label names the field alone; a hint is tied to it by aria-describedby, outside the label.
  const field = (key: keyof Editable, type: 'text' | 'date') => (
    <div key={key} className={`report-field report-field-${key}`}>
      <label htmlFor={`${id}-${key}`}>{w.say(`report.fields.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={draft[key]}
        onChange={(e) => onChange({ [key]: e.target.value })}
        aria-describedby={key === 'role' ? `${id}-role` : key.startsWith('period') ? `${id}-period` : undefined}
        autoComplete="off"
        data-testid={`report-field-${key}`}
      />
      {key === 'role' && (
        <span id={`${id}-role`} className="hint">
          {w.say('report.fields.roleHint')}
        </span>
      )}
    </div>
  );
  return (
    <fieldset className="report-fields" data-testid="report-fields">
      <legend>{w.say('report.fields.legend')}</legend>
      <div className="report-field-grid">
        {TEXT.slice(0, 2).map((k) => field(k, 'text'))}
        {field('date', 'date')}
        {TEXT.slice(2).map((k) => field(k, 'text'))}
        {DATES.slice(1).map((k) => field(k, 'date'))}
      </div>
      <p id={`${id}-period`} className="hint">
        {w.say('report.fields.periodHint', { all: count(cohort.all), selected: count(cohort.selected) })}
      </p>
    </fieldset>
  );
}
