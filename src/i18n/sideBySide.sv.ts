/** Svenska for the sideBySide view. Same keys in sideBySide.en.ts. */
export const sideBySideSv = {
  heading: 'sideBySide',
};
