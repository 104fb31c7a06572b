/**
 * The message catalogue: i18next with Swedish first and English beside it. Swedish is in
 * the first screen's code; English loads when it is first chosen (or before the first
 * render when it is the remembered language: main.tsx), so the first screen stays small.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const MESSAGES: Record<Language, () => Promise<typeof sv>> = {
  sv: async () => sv,
  en: () => import('./en').then((m) => m.en as typeof sv),
};

export function initI18n(language: Language = 'sv') {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { sv: { translation: sv } },
      lng: language,
      fallbackLng: 'sv',
      interpolation: { escapeValue: false }, // React escapes; text never becomes markup
      returnNull: false,
    });
  }
  return i18next;
}

/** Makes sure a language's messages are in the catalogue (loading them the first time). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await MESSAGES[language]());
}

/** Loads the language's messages, then switches to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export { i18next };
