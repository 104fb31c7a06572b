import type { scenarioEditorSv } from './scenarioEditor.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const scenarioEditorEn: Widen<typeof scenarioEditorSv> = {
  heading: 'scenarioEditor',
};
