/**
 * The question before an intervention that scenarios name is removed: asked from the first
 * screen, so it loads with it; the rest of the saving messages load with the notices and the
 * library (loadMessages('storage')).
 */
export const storageRemoveSv = {
  removeHeading: 'Insatsen används i scenarier',
  removeText: 'Insatsen {{name}} nämns i scenarier. Om du tar bort den:',
  removeChanges_one: '«{{scenario}}»: {{count}} ändring som gäller insatsen tas bort ur scenariot.',
  removeChanges_other: '«{{scenario}}»: {{count}} ändringar som gäller insatsen tas bort ur scenariot.',
  removeScenario: '«{{scenario}}»: blir tomt och tas bort.',
  removeConfirm: 'Ta bort insatsen och uppdatera scenarierna',
  removeCancel: 'Avbryt',
};
