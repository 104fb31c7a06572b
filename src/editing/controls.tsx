/** Labelled form controls whose errors are tied to them (aria-describedby, aria-invalid). */
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../domain';

/** Where a field is (its control's id) and what is wrong with it now. */
export type FieldBinding = { id: string; errors: readonly Issue[] };

/** The aria attributes of a field's control: its hint and errors describe it. */
export function ariaOf({ id, errors }: FieldBinding, ...more: (string | false | undefined)[]) {
  const ids = [...more, errors.length > 0 && `${id}-errors`].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': ids === '' ? undefined : ids,
  } as const;
}

/** The visible mark of a required field, explained once at the top of the form; aria-required says it to screen readers. */
export function RequiredMark({ required }: { required?: boolean }) {
  if (!required) return null;
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

/** A field's label, tied to its control, with the required mark. */
export function FieldLabel({ binding, label, required }: { binding: FieldBinding; label: string; required?: boolean }) {
  return (
    <label htmlFor={binding.id}>
      {label}
      <RequiredMark required={required} />
    </label>
  );
}

/** A field's errors in the importer's words, in the reader's language. */
export function FieldErrors({ binding }: { binding: FieldBinding }) {
  const { t } = useTranslation();
  if (binding.errors.length === 0) return null;
  return (
    <ul className="edit-errors" id={`${binding.id}-errors`}>
      {binding.errors.map((e, i) => (
        <li key={`${e.code}-${i}`}>{t(`issue.${e.code}`, { ...e.params })}</li>
      ))}
    </ul>
  );
}

type TextFieldProps = {
  binding: FieldBinding;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  className?: string;
  required?: boolean;
};

export function TextField(props: TextFieldProps) {
  const { binding, label, value, onChange, hint, multiline, inputMode, className, required } = props;
  const aria = {
    ...ariaOf(binding, hint !== undefined && `${binding.id}-hint`),
    'aria-required': required || undefined,
  };
  return (
    <div className={`edit-field ${className ?? ''}`}>
      <FieldLabel binding={binding} label={label} required={required} />
      {multiline ? (
        <textarea {...aria} rows={4} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...aria}
          type="text"
          autoComplete="off"
          spellCheck={inputMode === undefined}
          inputMode={inputMode}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint !== undefined && (
        <p className="edit-hint" id={`${binding.id}-hint`}>
          {hint}
        </p>
      )}
      <FieldErrors binding={binding} />
    </div>
  );
}

export type Option = { value: string; label: string };

type SelectFieldProps = {
  binding: FieldBinding;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  required?: boolean;
};

export function SelectField({ binding, label, value, onChange, options, required }: SelectFieldProps) {
  return (
    <div className="edit-field">
      <FieldLabel binding={binding} label={label} required={required} />
      <select
        {...ariaOf(binding)}
        aria-required={required || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors binding={binding} />
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="edit-field edit-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A row of short fields side by side (stacked on narrow screens). */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="edit-row">{children}</div>;
}
