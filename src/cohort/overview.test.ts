import { describe, expect, it } from 'vitest';
import { analyzeCohort, generateCohort } from '../domain';
import { endedWait, openWait, noNextStep, ASOF } from '../domain/cohort/fixtures';
import { overview, shownShare } from './overview';

describe('overview figures as shown', () => {
  it('shows a generated cohort exactly when every count is large', () => {
    const journeys = generateCohort(400, 3, '2026-03-01');
    const f = analyzeCohort(journeys, { asOf: '2026-03-01' });
    const o = overview(f, { percentiles: 100, survival: 100 }, true);
    expect(o.journeys).toBe(400);
    expect(o.withWait).toBe(f.waits.journeysWithWait);
    expect(o.shareWithWait).toBe(Math.round((100 * f.waits.journeysWithWait) / f.waits.journeysWithForsteg));
    expect(o.median).toBe(f.waits.median);
    expect(o.greyZoneDays).toBe(f.greyZones.days);
    expect(o.cliffJourneys).toBe(new Set(f.cliffs.map((c) => c.journey)).size);
  });

  it('hides small counts as "<5" and figures from fewer than 5 journeys as "–"; off shows them', () => {
    // Three ended waits (10, 20, 30 days), one open (40), one without next step.
    const cohort = [endedWait('a', 10), endedWait('b', 20), endedWait('c', 30), openWait('d', 40), noNextStep('e')];
    const f = analyzeCohort(cohort, { asOf: ASOF });
    const on = overview(f, { percentiles: 3, survival: 4 }, true);
    expect(on.journeys).toBe(5);
    expect(on.withWait).toBe('<5');
    expect(on.stillWaiting).toBe('<5');
    expect(on.noNextStep).toBe('<5');
    expect(on.median).toBe('–');
    expect(on.shareWithWait).toBe('–');
    const off = overview(f, { percentiles: 3, survival: 4 }, false);
    expect(off.withWait).toBe(4);
    expect(off.median).toBe(20);
    expect(off.p90).toBe(30);
    expect(off.shareWithWait).toBe(80);
  });

  it('reading of the spec: a share is "–" when its whole is below 5, or when its part is 1 to 4', () => {
    expect(shownShare(3, 4, true)).toBe('–');
    expect(shownShare(3, 100, true)).toBe('–');
    expect(shownShare(0, 100, true)).toBe(0);
    expect(shownShare(50, 100, true)).toBe(50);
    expect(shownShare(3, 100, false)).toBe(3);
    expect(shownShare(0, 0, false)).toBe('–');
  });
});
