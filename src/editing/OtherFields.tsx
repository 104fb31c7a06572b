/** The fields of a mandate, an event and an annotation (docs/format.md, "Mandates, events and annotations"). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_TYPES, EVENT_TYPES, resolveCatalogue } from '../domain';
import { selectLanguage, useStore } from '../store';
import { DateField } from './DateField';
import { FieldRow, type Option, SelectField, TextField } from './controls';
import type { FieldName } from './fields';
import type { ItemForm } from './useItemForm';

type DateName = 'start' | 'end' | 'date';

function useActorOptions(form: ItemForm, empty: string): Option[] {
  const language = useStore(selectLanguage);
  return useMemo(() => {
    const catalogue = resolveCatalogue(form.journey);
    return [
      { value: '', label: empty },
      ...[...catalogue.actors.values()].map((a) => ({ value: a.id, label: a.label[language] })),
    ];
  }, [form.journey, language, empty]);
}

export function OtherFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const v = form.draft.values;
  const actors = useActorOptions(form, t(form.list === 'mandates' ? 'edit.actor.choose' : 'edit.actor.none'));

  const text = (name: FieldName, multiline = false) => (
    <TextField
      binding={form.bind(name)}
      label={t(`edit.field.${name}`)}
      multiline={multiline}
      hint={name === 'id' ? t('edit.field.idHint') : undefined}
      className={name === 'id' ? 'edit-short' : undefined}
      value={v[name] ?? ''}
      onChange={(value) => form.setValue(name, value)}
    />
  );
  // Required (docs/format.md, "Mandates, events and annotations"): a mandate's actor and start,
  // an event's date, a marking's start and end.
  const required = (name: string) =>
    name === 'date' ||
    name === 'start' ||
    (name === 'end' && form.list === 'annotations') ||
    (name === 'actor' && form.list === 'mandates');
  const date = (name: DateName) => (
    <DateField
      binding={form.bind(name)}
      label={t(`edit.field.${name}`)}
      required={required(name)}
      pickLabel={t(`edit.date.pick.${name}`)}
      value={v[name] ?? ''}
      onChange={(value) => form.setValue(name, value)}
    />
  );
  const select = (name: 'actor' | 'type', options: Option[]) => (
    <SelectField
      binding={form.bind(name)}
      label={t(`edit.field.${name}`)}
      required={required(name)}
      value={v[name] ?? ''}
      onChange={(value) => form.setValue(name, value)}
      options={options}
    />
  );

  switch (form.list) {
    case 'mandates':
      return (
        <>
          {text('id')}
          {select('actor', actors)}
          {text('label')}
          <FieldRow>
            {date('start')}
            {date('end')}
          </FieldRow>
        </>
      );
    case 'events':
      return (
        <>
          {text('id')}
          <FieldRow>
            {date('date')}
            {select(
              'type',
              EVENT_TYPES.map((type) => ({ value: type, label: t(`eventType.${type}`) })),
            )}
          </FieldRow>
          {select('actor', actors)}
          {text('text', true)}
        </>
      );
    case 'annotations':
      return (
        <>
          {text('id')}
          {select(
            'type',
            ANNOTATION_TYPES.map((type) => ({ value: type, label: t(`edit.annotationType.${type}`) })),
          )}
          <FieldRow>
            {date('start')}
            {date('end')}
          </FieldRow>
          {text('text', true)}
        </>
      );
    default:
      return null;
  }
}
