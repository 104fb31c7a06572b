/** How the journey is looked at: language, analysis settings, zoom and what is chosen. */
import type { StateCreator } from 'zustand';
import type { Language } from '../i18n';
import type { Scenario } from '../domain';

export const MAX_IGNORED_GAP_DAYS = 365;

/** Something on the chart or in the findings list that can be pointed at. */
export type Selection =
  | { kind: 'intervention' | 'mandate' | 'event' | 'annotation'; id: string }
  | { kind: 'gap' | 'greyzone' | 'wait' | 'cliff'; id: string };

/** An item being edited in a form: a list of the journey and the id (none: a new item). */
export type EditTarget = { list: 'interventions' | 'mandates' | 'events' | 'annotations'; id?: string };

/** The horizontal zoom: x' = k·x + x (d3-zoom's transform, without y). */
export type ZoomTransform = { k: number; x: number };

/**
 * The app's pages: the journey (timeline and findings), the cohort, the rules with their sources,
 * the file format (docs/format.md, reached from the rules) and the accessibility statement.
 */
export type Page =
  { name: 'journey' } | { name: 'rules'; kind?: string } | { name: 'format' } | { name: 'cohort' } | { name: 'a11y' };

export type ViewSlice = {
  page: Page;
  setPage: (page: Page) => void;
  language: Language;
  ignoreGapsUpToDays: number;
  zoom: ZoomTransform;
  selection: Selection | null;
  hovered: Selection | null;
  /** Bars can be dragged and moved with the arrow keys. */
  editMode: boolean;
  setEditMode: (on: boolean) => void;
  editTarget: EditTarget | null;
  setEditTarget: (target: EditTarget | null) => void;
  /** Scenarios that are on (applied in the journey's list order). */
  activeScenarios: string[];
  setScenarioActive: (id: string, on: boolean) => void;
  /** The scenario open in the scenario editor. */
  scenarioEditor: string | null;
  setScenarioEditor: (id: string | null) => void;
  /**
   * A new scenario in the editor, not in the journey until it is saved: a quick action or
   * "Nytt scenario" that is cancelled leaves nothing behind.
   */
  scenarioDraft: Scenario | null;
  openScenarioDraft: (scenario: Scenario) => void;
  sideBySide: boolean;
  setSideBySide: (on: boolean) => void;
  /** The participant form: for a new journey, or for the open one. */
  participantForm: 'new' | 'edit' | null;
  setParticipantForm: (form: 'new' | 'edit' | null) => void;
  setLanguage: (language: Language) => void;
  setIgnoreGapsUpToDays: (days: number) => void;
  setZoom: (zoom: ZoomTransform) => void;
  select: (selection: Selection | null) => void;
  hover: (selection: Selection | null) => void;
};

export const sameSelection = (a: Selection | null, b: Selection | null) =>
  a !== null && b !== null && a.kind === b.kind && a.id === b.id;

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  page: { name: 'journey' },
  setPage: (page) => set({ page }),
  language: 'sv',
  ignoreGapsUpToDays: 0,
  zoom: { k: 1, x: 0 },
  selection: null,
  hovered: null,
  editMode: false,
  setEditMode: (editMode) => set({ editMode }),
  editTarget: null,
  setEditTarget: (editTarget) => set({ editTarget }),
  activeScenarios: [],
  setScenarioActive: (id, on) =>
    set((s) => ({
      activeScenarios: on ? [...new Set([...s.activeScenarios, id])] : s.activeScenarios.filter((x) => x !== id),
    })),
  scenarioEditor: null,
  setScenarioEditor: (scenarioEditor) => set({ scenarioEditor, scenarioDraft: null }),
  scenarioDraft: null,
  openScenarioDraft: (scenarioDraft) => set({ scenarioDraft, scenarioEditor: scenarioDraft.id }),
  sideBySide: false,
  setSideBySide: (sideBySide) => set({ sideBySide }),
  participantForm: null,
  setParticipantForm: (participantForm) => set({ participantForm }),
  setLanguage: (language) => set({ language }),
  setIgnoreGapsUpToDays: (days) =>
    set({ ignoreGapsUpToDays: Number.isInteger(days) ? Math.min(Math.max(days, 0), MAX_IGNORED_GAP_DAYS) : 0 }),
  // The same view again (a new journey shown whole, as the last one was) changes nothing: a new object
  // would draw the whole chart again, for nothing, up to three times as a file opens.
  setZoom: (zoom) => set((s) => (s.zoom.k === zoom.k && s.zoom.x === zoom.x ? s : { zoom })),
  select: (selection) => set({ selection }),
  hover: (hovered) => set({ hovered }),
});
