/** The fields of an intervention (docs/format.md, "Interventions"). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SICKNESS_KIND, resolveCatalogue } from '../domain';
import { selectLanguage, useStore } from '../store';
import { DateField } from './DateField';
import { ExtensionsField } from './ExtensionsField';
import { KindPicker } from './KindPicker';
import { ParallelField } from './ParallelField';
import { CheckboxField, FieldRow, SelectField, TextField } from './controls';
import type { ItemForm } from './useItemForm';

export function InterventionFields({ form }: { form: ItemForm }) {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const catalogue = useMemo(() => resolveCatalogue(form.journey), [form.journey]);
  const v = form.draft.values;
  const kind = catalogue.kinds.get(v.kind ?? '');
  const defaultActor = kind?.defaultActor === undefined ? undefined : catalogue.actors.get(kind.defaultActor);
  const actorOptions = [
    {
      value: '',
      label: t('edit.actor.default', {
        // "saknas" before a kind was chosen read as if the kind had no actor (issue 24 point 8).
        actor:
          kind === undefined
            ? t('edit.actor.defaultNoKind')
            : (defaultActor?.label[language] ?? kind.defaultActor ?? t('edit.actor.defaultMissing')),
      }),
    },
    ...[...catalogue.actors.values()].map((a) => ({ value: a.id, label: a.label[language] })),
  ];
  const preparatoryDefault = kind === undefined ? '–' : t(kind.category === 'forsteg' ? 'details.yes' : 'details.no');

  return (
    <>
      <KindPicker
        binding={form.bind('kind')}
        value={v.kind ?? ''}
        onChange={(value) => form.setValue('kind', value)}
        catalogue={catalogue}
        language={language}
        start={v.start ?? ''}
        birthYear={form.journey.participant.birthYear}
      />
      <SelectField
        binding={form.bind('actor')}
        label={t('edit.field.actor')}
        value={v.actor ?? ''}
        onChange={(value) => form.setValue('actor', value)}
        options={actorOptions}
      />
      <FieldRow>
        <TextField
          binding={form.bind('id')}
          label={t('edit.field.id')}
          hint={t('edit.field.idHint')}
          className="edit-short"
          value={v.id ?? ''}
          onChange={(value) => form.setValue('id', value)}
        />
        <TextField
          binding={form.bind('title')}
          label={t('edit.field.title')}
          value={v.title ?? ''}
          onChange={(value) => form.setValue('title', value)}
        />
      </FieldRow>
      <FieldRow>
        {(['start', 'end', 'plannedEnd'] as const).map((name) => (
          <DateField
            key={name}
            binding={form.bind(name)}
            label={t(`edit.field.${name}`)}
            required={name === 'start'}
            pickLabel={t(`edit.date.pick.${name}`)}
            value={v[name] ?? ''}
            onChange={(value) => form.setValue(name, value)}
          />
        ))}
      </FieldRow>
      {v.kind === SICKNESS_KIND && (
        <DateField
          binding={form.bind('sickFrom')}
          label={t('edit.field.sickFrom')}
          hint={t('edit.field.sickFromHint')}
          pickLabel={t('edit.date.pick.sickFrom')}
          value={v.sickFrom ?? ''}
          onChange={(value) => form.setValue('sickFrom', value)}
        />
      )}
      <ExtensionsField form={form} />
      <FieldRow>
        <TextField
          binding={form.bind('extent')}
          label={t('edit.field.extent')}
          inputMode="decimal"
          className="edit-short"
          value={v.extent ?? ''}
          onChange={(value) => form.setValue('extent', value)}
        />
        <SelectField
          binding={form.bind('preparatory')}
          label={t('edit.field.preparatory')}
          value={v.preparatory ?? ''}
          onChange={(value) => form.setValue('preparatory', value)}
          options={[
            { value: '', label: t('edit.preparatory.default', { value: preparatoryDefault }) },
            { value: 'true', label: t('edit.preparatory.yes') },
            { value: 'false', label: t('edit.preparatory.no') },
          ]}
        />
      </FieldRow>
      <ParallelField form={form} kind={kind} />
      <CheckboxField
        id={form.bind('cancelled').id}
        label={t('edit.field.cancelled')}
        checked={form.draft.cancelled}
        onChange={form.setCancelled}
      />
      <TextField
        binding={form.bind('notes')}
        label={t('edit.field.notes')}
        multiline
        value={v.notes ?? ''}
        onChange={(value) => form.setValue('notes', value)}
      />
    </>
  );
}
