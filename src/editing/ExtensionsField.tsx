/** The decided extensions of an intervention: rows of months, decision day and note. */
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { FieldRow, TextField } from './controls';
import type { ExtensionRow } from './fields';
import type { ItemForm } from './useItemForm';

export function ExtensionsField({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const rows = form.draft.extensions;
  const key = (i: number, field: 'months' | 'decidedOn' | 'note') => `extensions[${i}].${field}`;

  const add = () => {
    flushSync(() => form.addExtension());
    document.getElementById(form.bind(key(rows.length, 'months')).id)?.focus();
  };
  const remove = (i: number) => {
    flushSync(() => form.removeExtension(i));
    addRef.current?.focus();
  };
  const set = (i: number, patch: Partial<ExtensionRow>) => form.updateExtension(i, patch);

  return (
    <fieldset className="form-group edit-extensions">
      <legend>{t('edit.extensions.legend')}</legend>
      {rows.length === 0 && <p className="edit-hint">{t('edit.extensions.none')}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="form-group edit-extension">
          <legend>{t('edit.extensions.row', { n: i + 1 })}</legend>
          <FieldRow>
            <TextField
              binding={form.bind(key(i, 'months'))}
              label={t('edit.extensions.months')}
              inputMode="numeric"
              className="edit-short"
              value={row.months}
              onChange={(months) => set(i, { months })}
            />
            <DateField
              binding={form.bind(key(i, 'decidedOn'))}
              label={t('edit.extensions.decidedOn')}
              pickLabel={t('edit.date.pick.decidedOn', { n: i + 1 })}
              value={row.decidedOn}
              onChange={(decidedOn) => set(i, { decidedOn })}
            />
          </FieldRow>
          <TextField
            binding={form.bind(key(i, 'note'))}
            label={t('edit.extensions.note')}
            value={row.note}
            onChange={(note) => set(i, { note })}
          />
          <button type="button" className="edit-remove-row" onClick={() => remove(i)}>
            {t('edit.extensions.remove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" ref={addRef} onClick={add}>
        {t('edit.extensions.add')}
      </button>
    </fieldset>
  );
}
