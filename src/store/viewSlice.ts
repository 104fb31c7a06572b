/** How the journey is looked at: language and analysis settings. */
import type { StateCreator } from 'zustand';
import type { Language } from '../i18n';

export const MAX_IGNORED_GAP_DAYS = 365;

export type ViewSlice = {
  language: Language;
  ignoreGapsUpToDays: number;
  setLanguage: (language: Language) => void;
  setIgnoreGapsUpToDays: (days: number) => void;
};

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  language: 'sv',
  ignoreGapsUpToDays: 0,
  setLanguage: (language) => set({ language }),
  setIgnoreGapsUpToDays: (days) =>
    set({ ignoreGapsUpToDays: Number.isInteger(days) ? Math.min(Math.max(days, 0), MAX_IGNORED_GAP_DAYS) : 0 }),
});
