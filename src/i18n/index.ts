/** The message catalogue: i18next with Swedish first and English beside it. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = { sv: { translation: sv }, en: { translation: en } } as const;

export function initI18n(language: Language = 'sv') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'sv',
      interpolation: { escapeValue: false }, // React escapes; text never becomes markup
      returnNull: false,
    });
  }
  return i18next;
}

export { i18next };
