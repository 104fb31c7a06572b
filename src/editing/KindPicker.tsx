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
import { type FieldBinding, FieldErrors, RequiredMark, ariaOf } from './controls';
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

  const [active, setActive] = useState(-1);
  const activeIndex = Math.min(active, ordered.length - 1);
  const optionId = (kind: string) => `${binding.id}-option-${kind}`;
  const choose = (kind: string) => {
    onChange(kind);
    setActive(ordered.findIndex((e) => e.kind.id === kind));
  };
  const move = (to: number) => {
    const next = Math.max(0, Math.min(ordered.length - 1, to));
    setActive(next);
    document.getElementById(optionId(ordered[next].kind.id))?.scrollIntoView?.({ block: 'nearest' });
  };

  // WAI-ARIA combobox with a listbox that is always shown: focus stays in the search box,
  // arrows move the active option, Enter (or a click) chooses it.
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (ordered.length === 0) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      Home: () => move(0),
      End: () => move(ordered.length - 1),
      // Enter chooses a kind; it does not save the form. With one match, Enter takes it.
      Enter: () => choose(ordered[Math.max(activeIndex, 0)].kind.id),
    };
    const action = keys[e.key];
    if (!action || ((e.key === 'Home' || e.key === 'End') && !e.ctrlKey && activeIndex < 0)) return;
    e.preventDefault();
    action();
  };

  return (
    <div className="edit-field edit-kind">
      <label htmlFor={searchId}>{t('edit.kind.search')}</label>
      <input
        id={searchId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded="true"
        aria-autocomplete="list"
        aria-controls={binding.id}
        aria-activedescendant={activeIndex >= 0 ? optionId(ordered[activeIndex].kind.id) : undefined}
        aria-describedby={`${searchId}-hint ${countId}`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
        }}
        onKeyDown={onSearchKey}
      />
      <p className="edit-hint" id={`${searchId}-hint`}>
        {t('edit.kind.searchHint')}{' '}
        <span id={countId} aria-live="polite">
          {t('edit.kind.matches', { count: ordered.length, total: entries.length })}
        </span>
      </p>
      <span className="field-label" id={`${binding.id}-label`}>
        {t('edit.field.kind')}
        <RequiredMark required />
      </span>
      <div
        role="listbox"
        aria-labelledby={`${binding.id}-label`}
        aria-required="true"
        className="kind-listbox"
        {...ariaOf(binding, chosenId)}
        // Focus sent here (the first field with an error) goes on to the search box that drives the list.
        tabIndex={-1}
        onFocus={() => document.getElementById(searchId)?.focus()}
      >
        {groups.map((g) => (
          <div key={g.category} role="group" aria-labelledby={`${binding.id}-group-${g.category}`}>
            <div className="kind-group" id={`${binding.id}-group-${g.category}`} role="presentation">
              {t(`category.${g.category}`)}
            </div>
            {g.entries.map((e) => {
              const selected = e.kind.id === value;
              const isActive = activeIndex >= 0 && ordered[activeIndex] === e;
              return (
                <div
                  key={e.kind.id}
                  id={optionId(e.kind.id)}
                  role="option"
                  aria-selected={selected}
                  className={`kind-option${selected ? ' is-selected' : ''}${isActive ? ' is-active' : ''}`}
                  // The search box keeps focus: a press chooses without taking it away.
                  onMouseDown={(ev) => ev.preventDefault()}
                  onClick={() => choose(e.kind.id)}
                >
                  <span aria-hidden="true" className="kind-check">
                    {selected ? '✓' : ''}
                  </span>
                  {e.text}
                </div>
              );
            })}
          </div>
        ))}
      </div>
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
