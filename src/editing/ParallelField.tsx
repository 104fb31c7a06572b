/**
 * Issue 21: does an education run as the participant's main activity or beside it
 * (docs/format.md, "Parallel interventions")? Two radios, the default for the kind and extent said beside
 * the question. What is stored: nothing while the radios are left alone (the default by kind
 * and extent keeps applying, also when the extent changes later); `parallel: true` or `false`
 * once a radio is clicked, even when it matches today's default, because the person answered
 * the question. A value already in the file is shown and kept unless changed. Cancelling the
 * form stores nothing.
 */
import { useTranslation } from 'react-i18next';
import { type KindDef, isParallel } from '../domain';
import { numberOrText } from './fields';
import type { ItemForm } from './useItemForm';
import './parallel.css';

/** Whether the question is asked: educations, kinds beside by default, and whatever already says `parallel`. */
export function asksParallel(kind: KindDef | undefined, value: string): boolean {
  return value !== '' || kind?.category === 'utbildning' || kind?.parallel === true;
}

export function ParallelField({ form, kind }: { form: ItemForm; kind: KindDef | undefined }) {
  const { t } = useTranslation();
  const value = form.draft.values.parallel ?? '';
  if (!asksParallel(kind, value)) return null;
  const extent = numberOrText(form.draft.values.extent ?? '');
  const byDefault = isParallel({ extent }, kind);
  const defaultText = !byDefault
    ? t('parallel.form.defaultMain')
    : kind?.parallel === true || kind?.parallelBelowExtent === undefined
      ? t('parallel.form.defaultBeside')
      : t('parallel.form.defaultBesideExtent', { limit: kind.parallelBelowExtent });
  const beside = value === '' ? byDefault : value === 'true';
  const binding = form.bind('parallel');
  return (
    <fieldset className="form-group" aria-describedby={`${binding.id}-hint`}>
      <legend>
        {t('edit.field.parallel')} <span className="parallel-default">{defaultText}</span>
      </legend>
      <div className="radio-group">
        {([false, true] as const).map((b) => (
          <label key={String(b)}>
            <input
              id={b ? `${binding.id}-beside` : binding.id}
              type="radio"
              name={binding.id}
              value={String(b)}
              checked={beside === b}
              onChange={() => form.setValue('parallel', String(b))}
            />
            {t(b ? 'parallel.form.beside' : 'parallel.form.main')}
          </label>
        ))}
      </div>
      <p className="edit-hint" id={`${binding.id}-hint`}>
        {t('parallel.form.hint')}
      </p>
    </fieldset>
  );
}
