/** The fields of the intervention that an `add` change adds to the scenario. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, resolveCatalogue } from '../domain';
import { DateField } from '../editing/DateField';
import { FieldErrors, FieldRow, SelectField, TextField, ariaOf } from '../editing/controls';
import { selectLanguage, useStore } from '../store';
import type { ChangeDraft } from './scenarioEditorDraft';
import type { ScenarioEditorForm } from './scenarioEditorForm';

const DATES = ['start', 'end', 'plannedEnd'] as const;

export function ScenarioEditorAdd({
  form,
  index,
  change,
}: {
  form: ScenarioEditorForm;
  index: number;
  change: ChangeDraft;
}) {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const catalogue = useMemo(() => resolveCatalogue(form.journey), [form.journey]);
  const v = change.add.values;
  const key = (f: string) => `changes[${index}].intervention.${f}`;
  const set = (name: (typeof DATES)[number] | 'id' | 'kind' | 'actor' | 'title') => (value: string) =>
    form.setAddValue(index, name, value);

  const kindBinding = form.bind(key('kind'));
  const kinds = [...catalogue.kinds.values()];
  const groups = CATEGORIES.map((category) => ({
    category,
    kinds: kinds
      .filter((k) => k.category === category)
      .sort((a, b) => a.label[language].localeCompare(b.label[language], language)),
  })).filter((g) => g.kinds.length > 0);
  const kindValue = v.kind ?? '';
  const kindKnown = kindValue === '' || catalogue.kinds.has(kindValue);

  const kind = catalogue.kinds.get(kindValue);
  const defaultActor = kind?.defaultActor;
  const actorOptions = [
    {
      value: '',
      label: t('scenarioEditor.actorDefault', {
        actor:
          kind === undefined
            ? t('scenarioEditor.actorDefaultNoKind')
            : ((defaultActor && catalogue.actors.get(defaultActor)?.label[language]) ??
              defaultActor ??
              t('scenarioEditor.actorDefaultMissing')),
      }),
    },
    ...[...catalogue.actors.values()].map((a) => ({ value: a.id, label: a.label[language] })),
  ];
  const actorValue = v.actor ?? '';
  if (actorValue !== '' && !catalogue.actors.has(actorValue))
    actorOptions.push({ value: actorValue, label: actorValue });

  return (
    <>
      <FieldRow>
        <TextField
          binding={form.bind(key('id'))}
          label={t('scenarioEditor.field.id')}
          className="edit-short"
          value={v.id ?? ''}
          onChange={set('id')}
        />
        <div className="edit-field">
          <label htmlFor={kindBinding.id}>{t('scenarioEditor.field.kind')}</label>
          <select {...ariaOf(kindBinding)} value={kindValue} onChange={(e) => set('kind')(e.target.value)}>
            {kindValue === '' && <option value="">{t('scenarioEditor.chooseKind')}</option>}
            {!kindKnown && <option value={kindValue}>{kindValue}</option>}
            {groups.map((g) => (
              <optgroup key={g.category} label={t(`category.${g.category}`)}>
                {g.kinds.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label[language]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldErrors binding={kindBinding} />
        </div>
      </FieldRow>
      <FieldRow>
        <SelectField
          binding={form.bind(key('actor'))}
          label={t('scenarioEditor.field.actor')}
          value={actorValue}
          onChange={set('actor')}
          options={actorOptions}
        />
        <TextField
          binding={form.bind(key('title'))}
          label={t('scenarioEditor.field.title')}
          value={v.title ?? ''}
          onChange={set('title')}
        />
      </FieldRow>
      <FieldRow>
        {DATES.map((name) => (
          <DateField
            key={name}
            binding={form.bind(key(name))}
            label={t(`scenarioEditor.field.${name}`)}
            pickLabel={t(`scenarioEditor.pick.${name}`, { n: index + 1 })}
            value={v[name] ?? ''}
            onChange={set(name)}
          />
        ))}
      </FieldRow>
    </>
  );
}
