import type { sideBySideSv } from './sideBySide.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const sideBySideEn: Widen<typeof sideBySideSv> = {
  heading: 'sideBySide',
};
