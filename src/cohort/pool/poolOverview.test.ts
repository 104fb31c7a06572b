/**
 * The overview of pooled figures names what a figures file can say of the per-person lists:
 * the cliffs and each day's upcoming milestones, counted (not journeys), as the totals of the
 * tables by kind and month, with the small-cell rule applied after merging.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCohort, generateCohort } from '../../domain';
import { figuresFromJourneys, finishFigures } from '../../domain/pool';
import { initI18n, loadMessages } from '../../i18n';
import { type Words, sayFrom } from '../say';
import { sideRows } from './PoolSideBySide';
import { LIST_FIGURES, listFigures, poolTables } from './poolTables';

const ASOF = '2026-03-02';
const journeys = generateCohort(400, 5, ASOF);
const file = (part: typeof journeys, label: string) =>
  figuresFromJourneys(
    part,
    { asOf: ASOF },
    { label, madeAt: '2026-03-02T09:00:00Z', resanVersion: '0.1.0', filters: null },
  );

describe('listFigures', () => {
  it("are the whole cohort's cliffs and upcoming milestones of each day, counted, from the merged files", () => {
    const parts = [journeys.slice(0, 25), journeys.slice(25, 60), journeys.slice(60)];
    const pooled = finishFigures(parts.map((p, i) => file(p, `F${i}`)));
    const whole = analyzeCohort(journeys, { asOf: ASOF });
    const days = (d: number) => whole.upcomingMilestones.filter((m) => m.day === d).length;
    const exact = listFigures(poolTables(pooled, false)) as Record<(typeof LIST_FIGURES)[number], number>;
    expect(exact).toEqual({
      cliffs: whole.cliffs.length,
      milestone90: days(90),
      milestone180: days(180),
      milestone365: days(365),
    });
    expect(exact.cliffs).toBeGreaterThan(new Set(whole.cliffs.map((c) => c.journey)).size); // counts, not journeys
    expect(exact.milestone90 + exact.milestone180 + exact.milestone365).toBeGreaterThan(0);

    // Suppressed: each is the merged table's total as shown; a small part alone hides what the total shows.
    const shown = listFigures(poolTables(pooled, true));
    for (const k of LIST_FIGURES) expect([k, shown[k]]).toEqual([k, exact[k] >= 5 || exact[k] === 0 ? exact[k] : '<5']);
    const alone = parts.map((p, i) => listFigures(poolTables(finishFigures([file(p, `F${i}`)]), true)));
    expect(LIST_FIGURES.some((k) => alone.some((a) => a[k] === '<5') && typeof shown[k] === 'number')).toBe(true);
  });

  it('is 0 when no file has a cliff or a milestone, and "<5" for one to four', () => {
    const none = finishFigures([file([], 'Tom')]);
    expect(listFigures(poolTables(none, true))).toEqual({
      cliffs: 0,
      milestone90: 0,
      milestone180: 0,
      milestone365: 0,
    });
    const withCliff = journeys.filter((j) => analyzeCohort([j], { asOf: ASOF }).cliffs.length === 1).slice(0, 2);
    expect(listFigures(poolTables(finishFigures([file(withCliff, 'Två')]), true)).cliffs).toBe('<5');
    expect(listFigures(poolTables(finishFigures([file(withCliff, 'Två')]), false)).cliffs).toBe(2);
  });
});

describe('side by side', () => {
  let w: Words;
  beforeAll(async () => {
    const i18n = initI18n('sv');
    await loadMessages('cohort');
    w = { say: sayFrom(i18n, 'sv'), language: 'sv', actor: (id) => id, kind: (id) => id, day: (d) => d };
  });

  it('puts each source beside the total, the medians and the gaps by kind among them, each hidden on its own', () => {
    const parts = [journeys.slice(0, 20), journeys.slice(20, 200), journeys.slice(200)];
    const files = parts.map((p, i) => file(p, `F${i}`));
    const total = finishFigures(files);
    const columns = [
      { label: 'Totalt', figures: total },
      ...files.map((f, i) => ({ label: `F${i}`, figures: finishFigures([f]) })),
    ];
    const rows = sideRows(columns, 90, true, w);
    const row = (list: typeof rows.overview, key: string) => list.find((r) => r.key === key)!;
    expect(row(rows.overview, 'journeys').values).toEqual([400, 20, 180, 200]);
    for (const k of ['median', 'survivalMedian', 'cliffs', 'milestone180']) expect(row(rows.overview, k)).toBeDefined();
    expect(row(rows.overview, 'cliffs').values).toEqual(
      columns.map((c) => listFigures(poolTables(c.figures, true)).cliffs),
    );
    // Gaps by the kind before them: each column through its own rule; the total from the merged counts.
    const kinds = total.figures.gaps.byPrecedingKind;
    expect(rows.gaps).toHaveLength(2 * kinds.length);
    const k = kinds.find((g) => g.gaps >= 5)!;
    expect(row(rows.gaps, `gaps:${k.kind}`).values[0]).toBe(k.gaps);
    expect(row(rows.gaps, `gaps:${k.kind}`).label).toBe(`${k.kind || 'Ingen insats före'}: glapp`);
    const values = rows.gaps.flatMap((r) => r.values.slice(1).map((v) => [r.values[0], v]));
    expect(values.some(([all, one]) => typeof all === 'number' && one === '<5')).toBe(true);
    // A source with no gap after a kind: 0 gaps and no days to show.
    const missing = kinds.find((g) => !files[0].figures.gaps.byPrecedingKind.some((x) => x.kind === g.kind))!;
    expect(row(rows.gaps, `gaps:${missing.kind}`).values[1]).toBe(0);
    expect(row(rows.gaps, `days:${missing.kind}`).values[1]).toBe('–');
  });
});
