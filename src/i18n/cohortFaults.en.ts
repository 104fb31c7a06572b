/** English: a cohort load whose reader failed, and a stray quote in a CSV. Same keys as cohortFaults.sv.ts. */
import type { cohortFaultsSv } from './cohortFaults.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const cohortFaultsEn: Shape<typeof cohortFaultsSv> = {
  lostError:
    'The load stopped: reading {{file}} ended with an error ({{detail}}). Nothing new was saved; the saved cohorts and the cohort shown are as they were.',
  lostSilent:
    'The load stopped: reading {{file}} has not answered for {{minutes}} minutes. Nothing new was saved; the saved cohorts and the cohort shown are as they were.',
  retry: 'Try again',
  strayQuote_one:
    '{{file}}, row {{row}}, column {{column}}: a quote mark (") starts a cell that does not close until row {{to}}, so row {{from}} went into the cell. Row {{row}} was not read; row {{from}} was read as a row of its own.',
  strayQuote_other:
    '{{file}}, row {{row}}, column {{column}}: a quote mark (") starts a cell that does not close until row {{to}}, so rows {{from}}–{{to}} went into the cell. Row {{row}} was not read; rows {{from}}–{{to}} were read as rows of their own.',
  unclosedQuote:
    '{{file}}, row {{row}}, column {{column}}: a quote mark (") starts a cell that never closes, so the rest of the file (rows {{from}}–{{to}}) went into the cell. Row {{row}} was not read; the rest was read as rows of their own.',
};
