// Types for scripts/mutationLedger.mjs (plain JavaScript, run by node), for its unit test.
export type Counts = Record<(typeof COLUMNS)[number], number>;
export interface Survivor {
  line: number;
  status: string;
  mutator: string;
  replacement: string;
}
export interface Entry {
  ranAt: string;
  sourceSha256: string;
  counts: Counts;
  survivors: Survivor[];
}
export interface Ledger {
  tool?: string;
  files: Record<string, Entry>;
}
export interface ReportFile {
  source: string;
  mutants: {
    status: string;
    mutatorName: string;
    replacement?: string;
    location: { start: { line: number; column: number } };
  }[];
}
export declare const COLUMNS: readonly ['mutants', 'killed', 'timeout', 'survived', 'no coverage', 'ignored', 'errors'];
export declare function mutatedFiles(): string[];
export declare function partsOf(files: readonly string[]): Map<string, string[]>;
export declare function zero(): Counts;
export declare function sha256(text: string): string;
export declare function entryFromReport(file: ReportFile, ranAt: string): Entry;
export declare function record(ledger: Ledger, reports: { ranAt: string; files: Record<string, ReportFile> }[]): Ledger;
export declare function score(c: Counts): string;
export declare function summarise(
  ledger: Ledger,
  currentSource: (file: string) => string | null,
): {
  rows: { file: string; counts: Counts; score: string; ranOn: string; state: 'as run' | 'changed since' }[];
  total: { counts: Counts; score: string };
  changed: number;
};
