/** A journey of 1,000 interventions, analysed and with a scenario applied: the numbers, not the time. */
import { describe, expect, it } from 'vitest';
import { analyzeJourney, applyScenario, dayNumber, isoDate, parseJourney } from './index';

function parsed(data: Record<string, unknown>) {
  const r = parseJourney(JSON.stringify(data));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.journey;
}

describe('a large journey', () => {
  it('analyses 1,000 interventions without error (a sanity check, not a timing)', () => {
    // Intervention k runs 10 days from 2010-01-04 + 13k; every tenth is a försteg. 999 gaps of 3 days between.
    const first = dayNumber('2010-01-04');
    const interventions = Array.from({ length: 1000 }, (_, k) => ({
      id: `i${k}`,
      kind: k % 10 === 0 ? 'forsteg' : ['komvux', 'sfi', 'arbetspraktik', 'anstallning'][k % 4],
      start: isoDate(first + 13 * k),
      end: isoDate(first + 13 * k + 9),
    }));
    const last = first + 13 * 999 + 9;
    const data = {
      format: 'journey',
      version: 1,
      id: 'big',
      participant: { ref: 'P' },
      asOf: isoDate(last),
      interventions,
      mandates: [{ id: 'm', actor: 'af', start: isoDate(first) }],
      scenarios: [{ id: 's', name: 's', changes: [{ op: 'extend', intervention: 'i0', months: 1, cascade: true }] }],
    };
    const j = parsed(data);
    const a = analyzeJourney(j);
    expect(a.interventions).toHaveLength(1000);
    expect(a.gaps).toHaveLength(999);
    expect(a.totals.gapDays).toBe(999 * 3);
    expect(a.forstegWaits).toHaveLength(100);
    expect(a.greyZones).toEqual([]);
    expect(a.totals.supportedUntil).toBe(isoDate(last));
    const s = applyScenario(j, 's');
    expect(s.ok && analyzeJourney(s.journey).interventions).toHaveLength(1000);
  });
});
