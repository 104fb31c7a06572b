/**
 * The Lex Heller draft reads the secondary rule (issue 23): a hand-over's days in the draft are
 * the matrix's days as published (the same declaration, `suppressView(matrixView(...))`), so no
 * figure the screen hides can be worked out from the draft, and the mean per period goes with
 * them. On a cohort built so that one row has exactly one small pair, on the demo cohort and on
 * seeded random cohorts.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Journey, HIDDEN, analyzeCohort, generateCohort, matrixIds, matrixView, suppressView } from '../domain';
import { journeyFacts } from '../domain/cohort/facts';
import { oneSmallCellInARow } from '../domain/cohort/fixtures';
import { initI18n, loadLanguage, loadMessages } from '../i18n';
import type { Language } from '../i18n';
import { auditView } from '../../tests/cohortAudit';
import { draftFinding, handoverShown } from './lexHeller';
import { matrixAxes, matrixShown } from './matrixLayout';
import { overview } from './overview';
import { type Words, sayFrom } from './say';

const ASOF = '2026-03-02';
const words: Partial<Record<Language, Words>> = {};
beforeAll(async () => {
  const i18n = initI18n('sv');
  await loadMessages('cohort');
  await loadLanguage('en');
  for (const language of ['sv', 'en'] as const)
    words[language] = {
      say: sayFrom(i18n, language),
      language,
      actor: (id) =>
        ({ af: 'Arbetsförmedlingen', fk: 'Försäkringskassan', kommun: 'Kommunen', region: 'Regionen' })[id] ?? id,
      kind: (id) => id,
      day: (d) => d,
    };
});

function cohortOf(journeys: readonly Journey[]) {
  const figures = analyzeCohort([...journeys], { asOf: ASOF });
  const facts = journeys.map((j, i) => journeyFacts(j, i, { asOf: ASOF, anchor: 'forstegEnd', from: 0, to: 0 }));
  return { figures, facts };
}

describe('the draft of a hand-over reads the matrix as published', () => {
  it('one small pair in FK’s row: the draft hides FK → AF’s days and their mean, as the matrix does', () => {
    const { figures, facts } = cohortOf(oneSmallCellInARow());
    const fkAf = figures.greyZones.handovers.find((h) => h.from === 'fk' && h.to === 'af')!;
    expect(fkAf).toEqual({ from: 'fk', to: 'af', zones: 6, days: 18, journeys: 6 });
    // The matrix hides FK → kommun (2 journeys) and, secondary, FK → AF (the row's smallest).
    expect(matrixShown(figures.greyZones.handovers, true).get(matrixIds.cell('fk', 'af'))).toBe(HIDDEN);
    expect(handoverShown(fkAf, figures, facts, true)).toEqual({
      journeys: 6,
      zones: 6,
      days: HIDDEN,
      mean: HIDDEN, // 18 / 6 = 3, and 3 × 6 periods would give the 18 back
      median: 3,
    });
    // With small cells shown (for one's own work) everything is there.
    expect(handoverShown(fkAf, figures, facts, false)).toEqual({ journeys: 6, zones: 6, days: 18, mean: 3, median: 3 });

    const shown = overview(figures, { percentiles: 0, survival: 0 }, true);
    const finding = { kind: 'handover', from: 'fk', to: 'af' } as const;
    const sv = draftFinding(finding, figures, shown, facts, true, words.sv!).challenge;
    expect(sv).toContain('I urvalet gällde det 6 deltagare med sammanlagt 6 sådana perioder och – dagar.');
    expect(sv).toContain('En period var i genomsnitt – dagar; medianlängden per period var 3 dagar.');
    expect(sv).not.toMatch(/\b18\b/);
    const en = draftFinding(finding, figures, shown, facts, true, words.en!).challenge;
    expect(en).toContain('6 participants with 6 such periods and – days in all');
    expect(en).toContain('A period lasted – days on average');
  });

  /** For every pair: the draft's days are the matrix's, the mean goes with them, and the audit finds nothing. */
  function check(journeys: readonly Journey[]) {
    const { figures, facts } = cohortOf(journeys);
    const handovers = figures.greyZones.handovers;
    const screen = matrixShown(handovers, true);
    const { rows, cols } = matrixAxes(handovers);
    const view = matrixView(handovers, rows, cols);
    expect(screen).toEqual(suppressView(view, true));
    const published = new Map(screen);
    for (const h of handovers) {
      const d = handoverShown(h, figures, facts, true);
      const id = matrixIds.cell(h.from, h.to);
      expect(d.days, id).toBe(screen.get(id));
      if (typeof d.days !== 'number') expect(d.mean, id).toBe(HIDDEN);
      published.set(id, d.days);
    }
    // What the screen and the draft publish together leaves every hidden pair two values or more.
    expect(auditView(view, published)).toEqual([]);
  }

  it('on the demo cohort (500 journeys, seed 2026)', () => {
    check(generateCohort(500, 2026, ASOF));
  });

  it('on seeded random cohorts of 5-60 journeys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 60 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n, seed) => {
        check(generateCohort(n, seed, ASOF));
      }),
      { numRuns: 12, seed: 23 },
    );
  });
});
