/**
 * "Regler och källor": every built-in kind with its category, default actor, maximums,
 * periods and source; the holidays as they stood in two years; the analysis definitions.
 * Everything in the tables is read from the catalogue and the calendar code themselves,
 * so the page cannot drift from what the analysis does. Loaded only when opened.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNANDAG_PINGST_UNTIL,
  BUILT_IN_ACTORS,
  BUILT_IN_KINDS,
  type HolidayName,
  type KindDef,
  YOUTH_AGE,
  holidaysOfYear,
  isActivityKind,
  isoDate,
} from '../domain';
import type { Language } from '../i18n';
import { closeRules, openFormat, rulesReturnTo } from './navigation';

const actorLabel = (id: string | undefined, language: Language) =>
  BUILT_IN_ACTORS.find((a) => a.id === id)?.label[language] ?? id ?? '–';

function Periods({ kind, language }: { kind: KindDef; language: Language }) {
  const { t } = useTranslation();
  const items: string[] = [];
  const a = kind.available;
  if (a?.from && a.to) items.push(t('law.page.availableBetween', { from: a.from, to: a.to }));
  else if (a?.from) items.push(t('law.page.availableFrom', { from: a.from }));
  else if (a?.to) items.push(t('law.page.availableUntil', { to: a.to }));
  for (const p of kind.periods ?? [])
    if (p.maxTotalMonths !== undefined)
      items.push(
        t(p.byDecision ? 'law.page.periodByDecision' : 'law.page.period', {
          months: p.maxTotalMonths,
          from: p.from ?? '…',
          to: p.to ?? '…',
        }),
      );
  if (kind.youthMaxTotalMonths !== undefined)
    items.push(
      t('law.page.youth', {
        months: kind.youthMaxTotalMonths,
        from: YOUTH_AGE.from,
        to: YOUTH_AGE.to,
        next: YOUTH_AGE.to + 1,
      }),
    );
  if (kind.review)
    items.push(t('law.page.review', { months: kind.review.afterMonths, note: kind.review.note[language] }));
  if (kind.countsFrom) items.push(t('law.page.countsFrom', { from: kind.countsFrom.notBefore }));
  if (kind.earlierTimeCounts) items.push(t('law.page.earlierTime'));
  if (kind.untilAge !== undefined) items.push(t('law.page.untilAgeYearOnly', { age: kind.untilAge }));
  if (items.length === 0) return <>{t('law.page.none')}</>;
  return (
    <ul className="rules-periods">
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

/** The total: months, the age it ends before (aktivitetsersättning), and "not confirmed" beside a total without a source. */
function Total({ kind, months }: { kind: KindDef; months: (n: number | undefined) => string }) {
  const { t } = useTranslation();
  if (kind.untilAge !== undefined) return <>{t('law.page.untilAge', { age: kind.untilAge })}</>;
  return (
    <>
      {months(kind.maxTotalMonths)}
      {kind.totalUnconfirmed && (
        <>
          <br />
          <span className="muted" data-testid="total-unconfirmed">
            {t('law.page.totalUnconfirmed')}
          </span>
        </>
      )}
    </>
  );
}

function KindsTable({ language, focusKind }: { language: Language; focusKind?: string }) {
  const { t } = useTranslation();
  const months = (n: number | undefined) => (n === undefined ? t('law.page.none') : t('law.page.months', { count: n }));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rules-kinds-heading">
      <table className="rules-table" data-testid="rules-kinds">
        <thead>
          <tr>
            <th scope="col">{t('law.page.colKind')}</th>
            <th scope="col">{t('law.page.colCategory')}</th>
            <th scope="col">{t('law.page.colActor')}</th>
            <th scope="col">{t('law.page.colPerDecision')}</th>
            <th scope="col">{t('law.page.colTotal')}</th>
            <th scope="col">{t('law.page.colPeriods')}</th>
            <th scope="col">{t('law.page.colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {BUILT_IN_KINDS.map((k) => (
            <tr
              key={k.id}
              id={`rule-${k.id}`}
              data-kind={k.id}
              className={focusKind === k.id ? 'is-target' : undefined}
              tabIndex={focusKind === k.id ? -1 : undefined}
            >
              <th scope="row">
                {k.label[language]} <code>{k.id}</code>
              </th>
              <td>
                {t(`category.${k.category}`)}
                <br />
                <span className="muted">{isActivityKind(k) ? t('law.page.activity') : t('law.page.notActivity')}</span>
              </td>
              <td>{actorLabel(k.defaultActor, language)}</td>
              <td>{months(k.maxMonthsPerDecision)}</td>
              <td>
                <Total kind={k} months={months} />
              </td>
              <td>
                <Periods kind={k} language={language} />
              </td>
              <td className="rules-source">{k.source?.[language] ?? t('law.page.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The holidays of the last year with annandag pingst and of this year, from the calendar code. */
function HolidaysTable({ year, format }: { year: number; format: (iso: string) => string }) {
  const { t } = useTranslation();
  const years = [ANNANDAG_PINGST_UNTIL, year];
  const byYear = years.map((y) => new Map(holidaysOfYear(y).map((h) => [h.name, isoDate(h.day)])));
  const names: HolidayName[] = [];
  for (const y of years) for (const h of holidaysOfYear(y)) if (!names.includes(h.name)) names.push(h.name);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rules-holidays-heading">
      <table className="rules-table" data-testid="rules-holidays">
        <thead>
          <tr>
            <th scope="col">{t('law.page.colHoliday')}</th>
            {years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name} data-holiday={name}>
              <th scope="row">{t(`law.holiday.${name}`)}</th>
              {byYear.map((m, i) => {
                const day = m.get(name);
                return <td key={years[i]}>{day ? format(day) : t('law.page.notHoliday')}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The definitions in reading order; the steps of the chain (law.milestone.rule90…) follow `employed`. */
const DEFINITIONS = [
  'effectiveEnd',
  'gap',
  'forsteg',
  'wait',
  'greyZone',
  'cliff',
  'ruleLimit',
  'milestone',
  'employed',
  'unemployed',
] as const;
const STEPS = ['rule90', 'rule180', 'rule365'] as const;
const SOURCES = [
  'sfb',
  'sarskilt',
  'program',
  'lov',
  'lonebidrag',
  'other',
  'skollagen',
  'calendar',
  'finsam',
] as const;

/** "Tillbaka" says where it goes: the page the rules were opened from. */
const BACK = {
  journey: 'law.page.back',
  cohort: 'law.page.backToCohort',
  a11y: 'law.page.backToStatement',
} as const;

export default function RulesPage({
  language,
  year,
  format,
  focusKind,
}: {
  language: Language;
  year: number;
  format: (iso: string) => string;
  focusKind?: string;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const row = focusKind ? document.getElementById(`rule-${focusKind}`) : null;
    if (row) {
      row.scrollIntoView?.({ block: 'center' });
      row.focus();
    } else heading.current?.focus();
  }, [focusKind]);
  return (
    <div className="rules-page" data-testid="rules-page">
      <div className="rules-top">
        <h1 ref={heading} tabIndex={-1}>
          {t('law.page.title')}
        </h1>
        <button type="button" onClick={closeRules}>
          ← {t(BACK[rulesReturnTo()])}
        </button>
      </div>
      <p className="rules-intro">{t('law.page.intro')}</p>
      <p className="rules-intro">
        {t('law.page.formatIntro')}{' '}
        <button type="button" className="link-button" data-testid="rules-format-link" onClick={openFormat}>
          {t('law.page.formatLink')}
        </button>
      </p>
      {/* Named by its scrolling table box (a region), not twice (axe landmark-unique). */}
      <section>
        <h2 id="rules-kinds-heading">{t('law.page.kindsHeading')}</h2>
        <KindsTable language={language} focusKind={focusKind} />
      </section>
      {/* Named by its scrolling table box (a region), not twice (axe landmark-unique). */}
      <section>
        <h2 id="rules-holidays-heading">{t('law.page.holidaysHeading')}</h2>
        <p>{t('law.page.holidaysIntro')}</p>
        <HolidaysTable year={year} format={format} />
      </section>
      <section aria-labelledby="rules-definitions-heading">
        <h2 id="rules-definitions-heading">{t('law.page.definitionsHeading')}</h2>
        <ul className="rules-definitions">
          {DEFINITIONS.map((d) => (
            <li key={d} data-definition={d}>
              {t(`law.page.definitions.${d}`)}
              {d === 'employed' && (
                <ul>
                  {STEPS.map((s) => (
                    <li key={s} data-definition={s}>
                      {t(`law.milestone.${s}`)}.
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="rules-sources-heading">
        <h2 id="rules-sources-heading">{t('law.page.sourcesHeading')}</h2>
        <ul className="rules-definitions" data-testid="rules-sources">
          {SOURCES.map((s) => (
            <li key={s}>{t(`law.page.sources.${s}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
