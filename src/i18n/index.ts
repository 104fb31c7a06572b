/**
 * The message catalogue: i18next with Swedish first and English beside it. Swedish is in
 * the first screen's code; English loads when it is first chosen (or before the first
 * render when it is the remembered language: main.tsx), so the first screen stays small.
 */
import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const MESSAGES: Record<Language, () => Promise<object>> = {
  sv: async () => sv,
  en: () => import('./en').then((m) => m.en),
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

/**
 * Opening files and every problem a file, a form or a scenario can have (issue #26: not on the
 * first screen): with the library and the importer (io/later.ts), and with every view below
 * that can show a problem; IssueList waits for them too.
 */
const issues = () =>
  Promise.all([import('./importIssues.sv'), import('./hostile.sv'), import('./safeguards.sv')]).then(([i, h, s]) => ({
    import: i.importSv,
    issue: i.issueSv,
    problemList: h.problemListSv,
    // The question about a participant already in the library (asked while a file is opened).
    safeguards: s.safeguardsSv,
  }));

/** The Swedish messages of views that load when first opened (English has them all). */
const LATER = {
  issues,
  edit: () => Promise.all([import('./edit.sv'), issues()]).then(([m, i]) => ({ edit: m.editSv, ...i })),
  // Saving's notices, the library and the recovery of write-ahead copies (the question before a
  // removal is in the first screen: storageRemoveSv).
  storage: () =>
    Promise.all([import('./storage.sv'), import('./writeAhead.sv'), issues()]).then(([s, w, i]) => ({
      storage: s.storageSv,
      writeAhead: w.writeAheadSv,
      ...i,
    })),
  sideBySide: () => import('./sideBySide.sv').then((m) => ({ sideBySide: m.sideBySideSv })),
  printDialog: () => import('./printDialog.sv').then((m) => ({ meeting: { print: m.printDialogSv } })),
  // The way back to the cohort a journey was opened from.
  cohortCopy: () => import('./cohortCopy.sv').then((m) => ({ cohortCopy: m.cohortCopySv })),
  scenarioEditor: () => import('./scenarioEditor.sv').then((m) => ({ scenarioEditor: m.scenarioEditorSv })),
  cohort: () =>
    Promise.all([
      import('./cohort.sv'),
      import('./cohortLoad.sv'),
      import('./cohortFaults.sv'),
      import('./cohortTabs.sv'),
      import('./exportSafety.sv'),
      import('./pool.sv'),
      import('./csvRepeats.sv'),
      import('./poolMore.sv'),
      issues(),
    ]).then(([c, l, f, tabs, x, pool, repeats, more, i]) => ({
      ...i,
      cohort: { ...c.cohortSv, exportSafety: x.exportSafetySv, pool: pool.poolSv, poolMore: more.poolMoreSv },
      cohortLoad: l.cohortLoadSv,
      cohortFaults: f.cohortFaultsSv,
      csvRepeats: repeats.csvRepeatsSv,
      cohortTabs: tabs.cohortTabsSv,
    })),
  rules: () =>
    Promise.all([import('./rulesPage.sv'), import('./lawLater.sv')]).then(([m, l]) => ({
      law: { page: m.rulesPageSv, holiday: l.lawHolidaySv },
    })),
  // The details panel: how a limit is counted.
  details: () =>
    Promise.all([import('./lawLater.sv'), import('./detailsPanel.sv')]).then(([l, d]) => ({
      law: { notes: l.lawNotesSv },
      details: d.detailsPanelSv,
    })),
  statement: () => import('./statement.sv').then((m) => ({ a11y: { statement: m.statementSv } })),
  participant: () => import('./participant.sv').then((m) => ({ newJourney: { form: m.participantSv } })),
  // The export's question about a personnummer (asked from the first screen, rarely).
  exportSafety: () => import('./exportSafety.sv').then((m) => ({ cohort: { exportSafety: m.exportSafetySv } })),
  // Files only: the notice from the disk, the choice of where journeys are kept (issue 25, item 13).
  fileMode: () => import('./fileModeMore.sv').then((m) => ({ fileMode: m.fileModeMoreSv })),
} as const;
const loaded = new Map<keyof typeof LATER, Promise<void>>();
const settled = new Set<keyof typeof LATER>();

/**
 * Adds a view's Swedish messages to the catalogue (once); the view's code loads with it:
 * `lazy(() => Promise.all([import('./View'), loadMessages('edit')]).then(([m]) => m))`.
 */
export function loadMessages(...features: (keyof typeof LATER)[]): Promise<void> {
  return Promise.all(
    features.map((f) => {
      let p = loaded.get(f);
      if (!p) {
        p = LATER[f]().then((part) => {
          i18next.addResourceBundle('sv', 'translation', part, true, false);
          settled.add(f);
        });
        loaded.set(f, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

/** Whether a view's Swedish messages are in the catalogue (loading them the first time): false until they are. */
export function useMessages(feature: keyof typeof LATER): boolean {
  const [ready, setReady] = useState(() => loaded.has(feature) && settled.has(feature));
  useEffect(() => {
    let live = true;
    void loadMessages(feature).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [feature]);
  return ready;
}

export { i18next };
