import type { editSv } from './edit.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type EditMessages = Widen<typeof editSv>;
