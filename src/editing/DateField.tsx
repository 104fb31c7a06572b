/**
 * A calendar day: a text input for YYYY-MM-DD (the source of truth) and beside it the
 * browser's date picker, which writes the chosen day into the text.
 */
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../domain';
import { type FieldBinding, FieldErrors, FieldLabel, ariaOf } from './controls';

type DateFieldProps = {
  binding: FieldBinding;
  label: string;
  /** The picker's own accessible name, e.g. "Välj startdatum". */
  pickLabel: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** What the field is for, said under it and read with it (aria-describedby). */
  hint?: string;
};

export function DateField({ binding, label, pickLabel, value, onChange, required, hint }: DateFieldProps) {
  const { t } = useTranslation();
  const typed = value.trim();
  const formatId = `${binding.id}-format`;
  const hintId = `${binding.id}-hint`;
  return (
    <div className="edit-field">
      <FieldLabel binding={binding} label={label} required={required} />
      <div className="edit-date">
        <input
          {...ariaOf(binding, hint !== undefined && hintId, formatId)}
          aria-required={required || undefined}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('edit.date.placeholder')}
          size={12}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        <input
          id={`${binding.id}-pick`}
          className="edit-date-pick"
          type="date"
          aria-label={pickLabel}
          title={pickLabel}
          value={isIsoDate(typed) ? typed : ''}
          onClick={(e) => {
            // The whole control opens the calendar, not only its small icon.
            try {
              e.currentTarget.showPicker();
            } catch {
              // not allowed here (e.g. in a cross-origin frame): the icon still works
            }
          }}
          onChange={(e) => {
            // An empty value is a half-typed day in the picker: the text stays as it is.
            if (isIsoDate(e.target.value)) onChange(e.target.value);
          }}
        />
      </div>
      {hint !== undefined && (
        <p className="edit-hint" id={hintId}>
          {hint}
        </p>
      )}
      {/* The format as a visible hint, not only a placeholder that goes when typing starts (WCAG 3.3.2). */}
      <p className="edit-hint" id={formatId}>
        {t('a11y.required.dateHint')}
      </p>
      <FieldErrors binding={binding} />
    </div>
  );
}
