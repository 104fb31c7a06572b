/** English: the `resan` command line (issue 27) and the figures file's problems. Same keys in cli.sv.ts. */
import type { cliSv } from './cli.sv';

export const cliEn: typeof cliSv = {
  help: `resan – Resan's figures files on the command line

  resan figures --as-of DATE [--label TEXT] -o OUT.json FILES…
      Reads journey files, cohort files and CSV (UTF-8 or Windows-1252) and writes a
      figures file: counts only, no journeys. Large CSV files are read as a stream;
      a participant's rows must be together (sort the file by participant).
  resan merge A.json B.json … -o TOTAL.json [--label TEXT]
      Adds up figures files that fit together (same reference day, options and anchors).
  resan report FILES… (--json | --csv DIR)
      --json prints the merged figures exactly (unsuppressed) on standard output.
      --csv writes the tables with small cells suppressed (<5 and –) into DIR.

Options:
  --as-of DATE           the reference day for every journey (YYYY-MM-DD); required by figures
  --label TEXT           whom the figures come from, e.g. "Samordningsförbundet Centrala Östergötland"
  -o, --out FILE         the file written
  --ignore-gaps DAYS     gaps up to this many days are not counted (default 0)
  --cliff-horizon DAYS   cliffs within this many days are counted (default 90)
  --from DAYS, --to DAYS the days around the anchor in the alignment (default -180 and 365)
  --workers N            threads (default: one per core)
  --quiet                no progress lines
  --lang sv|en           language of the messages and the tables' headers (default: from LANG, else Swedish)
  -h, --help             this text

Exit codes: 0 done; 1 nothing written (a file could not be read, was refused or did not fit);
2 wrong arguments; 3 written, but rows or journeys were left out (see standard error).
The figures file contains unsuppressed counts – for pooling, not for publication.`,
  usage: 'Wrong arguments: {{detail}}. See resan --help.',
  unknownCommand: 'unknown command "{{value}}"',
  missingOption: '{{option}} is missing',
  badNumber: '{{option}} must be a whole number',
  badDate: '--as-of must be a date (YYYY-MM-DD)',
  noFiles: 'no files given',
  oneOfJsonCsv: 'give --json or --csv DIR',
  cannotRead: '{{file}}: could not be read ({{detail}})',
  refused: '{{file}}: refused',
  problem: '{{file}}: {{path}}: {{message}}',
  row: '{{file}} row {{row}}{{column}}: {{code}} {{value}}',
  duplicate:
    '{{file}} row {{row}}: participant or journey "{{key}}" was already read (a participant’s rows must be together)',
  duplicateJourney: '{{file}}: journey {{index}} has the id or participant of a journey already read; left out',
  warnings: '{{file}}: {{count}} remarks ({{codes}})',
  progress: '{{percent}} % – {{journeys}} journeys',
  progressDone: 'Done: {{journeys}} journeys from {{files}} files in {{seconds}} s.',
  wrote: 'Wrote {{file}}.',
  notice: 'The file contains unsuppressed counts – for pooling, not for publication.',
  skipped: '{{count}} rows or journeys were left out.',
  fit: {
    sameFile: '{{file}} is the same file as {{first}}',
    differentOptions: '{{file}} has another {{option}} than {{first}}',
    differentFilters: '{{file}} was made with another selection than {{first}}',
  },
  figuresIssue: {
    changed: 'does not match the figures: the file was changed or cut short',
    doesNotAddUp: 'the counts do not add up: {{message}}',
  },
};
