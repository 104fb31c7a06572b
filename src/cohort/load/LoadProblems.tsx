/** What could not be read in a cohort load: whole files, and CSV rows with row, column and reason. */
import { useTranslation } from 'react-i18next';
import { CSV_LIMITS } from '../../domain';
import { formatNumber } from '../../i18n/format';
import type { FileReport } from '../../workers/protocol';

const SHOWN = 100;
const REASONS = [
  'unknownKind',
  'notDate',
  'required',
  'endBeforeStart',
  'unknownActor',
  'wrongType',
  'unknownColumn',
  'missingColumn',
  'notYesNo',
] as const;

export function LoadProblems({ reports }: { reports: FileReport[] }) {
  const { t, i18n } = useTranslation();
  const lines: string[] = [];
  const notices: string[] = [];
  for (const r of reports) {
    if (r.kind === 'unreadable' || r.errors.length > 0) {
      lines.push(t('cohortLoad.fileFailed', { file: r.file }));
      for (const e of r.errors) lines.push(`${r.file}: ${e.path ? `${e.path}: ` : ''}${e.message}`);
    }
    for (const p of r.rows) {
      // A stray quote is said as what it is, with the rows it swallowed (issue 28).
      if (p.code === 'strayQuote' && p.swallowed) {
        const { from, to, closed } = p.swallowed;
        const where = { file: r.file, row: p.row, column: p.column, from, to, count: to - from + 1 };
        lines.push(closed ? t('cohortFaults.strayQuote', where) : t('cohortFaults.unclosedQuote', where));
        continue;
      }
      const reason =
        p.code === 'personnummer'
          ? t('safeguards.csvPersonnummer')
          : p.code === 'cellTooLong' || p.code === 'tooManyColumns' || p.code === 'tooManyRows'
            ? t(`safeguards.csvLimit.${p.code}`, CSV_LIMITS)
            : (REASONS as readonly string[]).includes(p.code)
              ? t(`cohortLoad.reason.${p.code as (typeof REASONS)[number]}`)
              : p.issue
                ? `${t('cohortLoad.reason.other')}: ${p.issue.path} ${p.issue.message}`
                : t('cohortLoad.reason.other');
      // An empty cell is said in words: never an empty "()".
      const cell = { file: r.file, row: p.row, column: p.column, reason, value: p.value };
      const empty = p.value === undefined || String(p.value).trim() === '';
      // The same problem in many rows: once, with how many and which (issue 25, item 12).
      if (p.repeats) {
        const { count, ranges, more } = p.repeats;
        const rows = ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ') + (more ? ', …' : '');
        const many = { ...cell, rows, count: formatNumber(count, i18n.language === 'en' ? 'en' : 'sv') };
        lines.push(
          !p.column
            ? t('csvRepeats.rowsNoColumn', many)
            : empty
              ? t('csvRepeats.rowsEmpty', many)
              : t('csvRepeats.rows', many),
        );
        continue;
      }
      lines.push(
        !p.column
          ? t('cohortLoad.rowProblemNoColumn', { file: r.file, row: p.row, reason })
          : empty
            ? t('cohortLoad.rowProblemEmpty', cell)
            : t('cohortLoad.rowProblem', cell),
      );
    }
    // Read, but worth a look: a notice, not a problem.
    if (r.encoding === 'windows-1252') notices.push(`${r.file}: ${t('issue.notUtf8')}`);
    const pn = r.warnings.filter((w) => w.code === 'personnummer').length;
    if (pn > 0) lines.push(t('cohortLoad.personnummer', { file: r.file, count: pn }));
  }
  if (lines.length === 0 && notices.length === 0) return null;
  return (
    <>
      {notices.length > 0 && (
        <div className="notice load-notices" data-testid="cohort-load-notices">
          <h3>{t('cohortLoad.noticesHeading')}</h3>
          <ul>
            {notices.map((line, i) => (
              <li key={i}>
                <bdi>{line}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      {lines.length > 0 && (
        <div className="load-problems" data-testid="cohort-load-problems">
          <h3>{t('cohortLoad.problemsHeading')}</h3>
          <ul>
            {lines.slice(0, SHOWN).map((line, i) => (
              <li key={i}>
                <bdi>{line}</bdi>
              </li>
            ))}
          </ul>
          {lines.length > SHOWN && <p>+ {lines.length - SHOWN}</p>}
        </div>
      )}
    </>
  );
}
