/**
 * The cohort view's messages as one plain function, so that the pure text builders (the
 * report, the CSV, the filter in words) can be tested with the real catalogue. Keys are
 * relative to `cohort.` in the catalogue.
 */
import type { i18n as I18n } from 'i18next';
import { FEW, HIDDEN } from '../domain';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n';
import type { Shown } from './overview';

export type Say = (key: string, values?: Record<string, unknown>) => string;
export type Words = {
  say: Say;
  language: Language;
  actor: (id: string) => string;
  kind: (id: string) => string;
  day: (iso: string) => string;
};

export function sayFrom(i18n: I18n, language: Language): Say {
  const t = i18n.getFixedT(language);
  return (key, values) => (t as unknown as (k: string, v?: Record<string, unknown>) => string)(`cohort.${key}`, values);
}

/** A shown value as text: numbers in the language's format, "<5" and "–" as they are. */
export function showValue(v: Shown | null, language: Language): string {
  if (v === null || v === HIDDEN) return HIDDEN;
  if (v === FEW) return FEW;
  return formatNumber(v, language);
}
