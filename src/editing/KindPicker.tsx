/**
 * The kind of an intervention: a search box that filters the catalogue and a list box of
 * the kinds by category, each with its rules ("Introduktionsjobb – 12 mån per beslut,
 * högst 24"). The rules shown are those in force on the intervention's start.
 */
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CATEGORIES, type Catalogue, type KindDef, isIsoDate, ruleInForce } from '../domain';
import type { Language } from '../i18n';
import { type FieldBinding, FieldErrors, ariaOf } from './controls';
import { matchesSearch } from './fields';

type KindPickerProps = {
  binding: FieldBinding;
  value: string;
  onChange: (kind: string) => void;
  catalogue: Catalogue;
  language: Language;
  /** The intervention's start as typed (the rules in force depend on it). */
  start: string;
  birthYear?: number;
};

/** A kind's maximums in words, or null when it has none. */
function ruleText(t: TFunction, kind: KindDef, start: string, birthYear?: number): string | null {
  const day = start.trim();
  const r = isIsoDate(day) ? ruleInForce(kind, day, birthYear) : kind;
  const per = r.maxMonthsPerDecision;
  const total = r.maxTotalMonths;
  if (per !== undefined && total !== undefined) return t('edit.kind.ruleBoth', { perDecision: per, total });
  if (per !== undefined) return t('edit.kind.rulePerDecision', { months: per });
  if (total !== undefined) return t('edit.kind.ruleTotal', { months: total });
  return null;
}

export function KindPicker({ binding, value, onChange, catalogue, language, start, birthYear }: KindPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const searchId = `${binding.id}-search`;
  const countId = `${binding.id}-count`;
  const chosenId = `${binding.id}-chosen`;

  const entries = useMemo(() => {
    const other: Language = language === 'sv' ? 'en' : 'sv';
    return [...catalogue.kinds.values()].map((kind) => {
      const rule = ruleText(t, kind, start, birthYear);
      const label = kind.label[language];
      const text = rule === null ? label : t('edit.kind.option', { label, rule });
      const haystack = `${text} ${kind.label[other]} ${kind.id} ${t(`category.${kind.category}`)}`;
      return { kind, text, haystack };
    });
  }, [catalogue, language, start, birthYear, t]);

  const shown = entries.filter((e) => matchesSearch(e.haystack, query));
  const groups = CATEGORIES.map((category) => ({
    category,
    entries: shown
      .filter((e) => e.kind.category === category)
      .sort((a, b) => a.kind.label[language].localeCompare(b.kind.label[language], language)),
  })).filter((g) => g.entries.length > 0);
  const ordered = groups.flatMap((g) => g.entries);
  const chosen = entries.find((e) => e.kind.id === value);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key !== 'ArrowDown' && e.key !== 'Enter') || ordered.length === 0) return;
    e.preventDefault(); // Enter here picks a kind; it does not save the form
    if (!ordered.some((x) => x.kind.id === value)) onChange(ordered[0].kind.id);
    document.getElementById(binding.id)?.focus();
  };

  return (
    <div className="edit-field edit-kind">
      <label htmlFor={searchId}>{t('edit.kind.search')}</label>
      <input
        id={searchId}
        type="search"
        autoComplete="off"
        aria-controls={binding.id}
        aria-describedby={`${searchId}-hint ${countId}`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onSearchKey}
      />
      <p className="edit-hint" id={`${searchId}-hint`}>
        {t('edit.kind.searchHint')}{' '}
        <span id={countId} aria-live="polite">
          {t('edit.kind.matches', { count: ordered.length, total: entries.length })}
        </span>
      </p>
      <label htmlFor={binding.id}>{t('edit.field.kind')}</label>
      <select {...ariaOf(binding, chosenId)} size={8} value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g.category} label={t(`category.${g.category}`)}>
            {g.entries.map((e) => (
              <option key={e.kind.id} value={e.kind.id}>
                {e.text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="edit-hint" id={chosenId}>
        {value === '' ? (
          <p>{t('edit.kind.none')}</p>
        ) : (
          <p>{t('edit.kind.selected', { kind: chosen?.text ?? value })}</p>
        )}
        {chosen?.kind.source && <p>{t('edit.kind.source', { source: chosen.kind.source[language] })}</p>}
      </div>
      <FieldErrors binding={binding} />
    </div>
  );
}
