import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CohortFigures, analyzeCohort } from '../domain';
import { ASOF, endedWait, journey, openWait } from '../domain/cohort/fixtures';
import { initI18n, loadMessages } from '../i18n';
import { cohortCsv } from './cohortCsv';
import { describeFilter } from './describe';
import { NO_FILTER } from './filter';
import { overview } from './overview';
import { RESAN_VERSION } from '../io/version';
import { type Words, sayFrom } from './say';

let sv: Words;
beforeAll(async () => {
  const i18n = initI18n('sv');
  await loadMessages('cohort');
  sv = {
    say: sayFrom(i18n, 'sv'),
    language: 'sv',
    actor: (id) => id.toUpperCase(),
    kind: (id) => `<${id}>`,
    day: (d) => d,
  };
});

/** Nine journeys: eight hand over from the förbund to AF after a försteg (a grey zone), one from FK. */
function cohort(): { figures: CohortFigures } {
  const journeys = [
    ...[10, 20, 30, 40, 50, 60].map((d, i) => endedWait(`e${i}`, d)),
    openWait('o1', 25),
    openWait('o2', 35),
    journey('fk', [
      { kind: 'sjukpenning', start: '2025-01-01', end: '2025-03-31' },
      { kind: 'arbetspraktik', start: '2025-04-11', end: '2025-06-30' },
    ]),
  ];
  return { figures: analyzeCohort(journeys, { asOf: ASOF }) };
}

const meta = (suppress: boolean, filter = 'Hela kohorten') => ({
  name: 'Test',
  asOf: ASOF,
  filter,
  small: suppress ? 'Små tal dolda (<5, –)' : 'SMÅ TAL VISAS – endast för eget arbete',
  suppress,
});

describe('the filter in words', () => {
  it('names every part, or the whole cohort', () => {
    expect(describeFilter(NO_FILTER, sv)).toBe('Hela kohorten');
    expect(
      describeFilter(
        { from: '2025-01-01', to: null, actor: 'af', kind: 'sfi', forsteg: 'without', status: 'closed' },
        sv,
      ),
    ).toBe('aktiva från 2025-01-01, aktör AF, insatstyp <sfi>, utan försteg, avslutade');
  });
});

describe('cohort CSV', () => {
  it('is ;-separated with the selection, asOf and small-cell mark first, small cells as "<5" and "–"', () => {
    const { figures } = cohort();
    const shown = overview(figures, { percentiles: 6, survival: 8 }, true);
    const csv = cohortCsv(figures, shown, meta(true, '=HYPERLINK("x")'), sv);
    expect(csv.startsWith('\uFEFFResan – kohort;Test;;;\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.map((r) =>
      r.filter((c, i) => c !== '' || i < 2),
    );
    expect(rows[1]).toEqual(['Referensdag', ASOF]);
    expect(rows[4]).toEqual(['Gjord med', `Resan ${RESAN_VERSION}`]);
    expect(rows[2]).toEqual(['Urval', `'=HYPERLINK("x")`]); // formula escaped
    expect(rows[3]).toEqual(['Små tal', 'Små tal dolda (<5, –)']);
    const row = (label: string) => rows.find((r) => r[0] === label);
    expect(row('Resor')).toEqual(['Resor', '9']);
    expect(row('Väntar fortfarande')).toEqual(['Väntar fortfarande', '<5']);
    expect(row('FK')).toEqual(['FK', expect.any(String), '–', '–', '<5']);
    const off = Papa.parse<string[]>(
      cohortCsv(figures, overview(figures, { percentiles: 6, survival: 8 }, false), meta(false), sv).slice(1),
      { delimiter: ';' },
    ).data;
    expect(off[3][1]).toBe('SMÅ TAL VISAS – endast för eget arbete');
    expect(off.find((r) => r[0] === 'Väntar fortfarande')?.[1]).toBe('2');
  });
});
