/** Svenska for the scenarioEditor view. Same keys in scenarioEditor.en.ts. */
export const scenarioEditorSv = {
  heading: 'scenarioEditor',
};
