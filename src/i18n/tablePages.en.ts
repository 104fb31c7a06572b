/** English: a long table shown a page at a time. Same keys as tablePages.sv.ts. */
import type { tablePagesSv } from './tablePages.sv';

export const tablePagesEn: { [K in keyof typeof tablePagesSv]: string } = {
  label: 'Pages of the table {{table}}',
  previous: 'Previous {{count}}',
  next: 'Next {{count}}',
  showing: 'Rows {{from}}–{{to}} of {{total}}, page {{page}} of {{pages}}',
};
