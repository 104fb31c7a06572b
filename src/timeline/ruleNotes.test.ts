import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { type Journey, analyzeJourney, resolveCatalogue } from '../domain';
import { initI18n, loadMessages, switchLanguage } from '../i18n';
import { earlierTimeDays, interventionNotes, periodOf } from './ruleNotes';

let t: TFunction;
beforeAll(async () => {
  t = initI18n('sv').t;
  // The notes' Swedish words load with the details panel (issue #26).
  await loadMessages('details');
});

const journey: Journey = {
  format: 'journey',
  version: 1,
  id: 'j',
  participant: { ref: 'P-1', birthYear: 1996 },
  asOf: '2025-05-01',
  interventions: [
    { id: 'ij1', kind: 'introduktionsjobb', start: '2024-01-01', end: '2024-06-30' },
    { id: 'ij2', kind: 'introduktionsjobb', start: '2025-01-01', plannedEnd: '2025-12-31' },
    { id: 'sp1', kind: 'sjukpenning', start: '2025-03-15', end: '2025-12-31', sickFrom: '2025-03-01' },
    { id: 'sp2', kind: 'sjukpenning', start: '2026-06-01', end: '2027-01-31' },
    { id: 'ae', kind: 'aktivitetsersattning', start: '2024-07-01' },
  ],
};
const kinds = resolveCatalogue(journey).kinds;
const notesOf = (id: string, j: Journey = journey) => {
  const iv = j.interventions.find((x) => x.id === id)!;
  return interventionNotes(j, iv, kinds.get(iv.kind), kinds);
};
/** The notes in words, dates as they are. */
const say = (id: string, j?: Journey) => notesOf(id, j).map((n) => t(n.key, n.values));

describe('interventionNotes', () => {
  it('counts a sjukpenning from its first day of sickness, or from its start', async () => {
    await switchLanguage('sv');
    expect(say('sp1')).toEqual([
      'Dagarna räknas från första sjukdagen 2025-03-01 (sjuklönedagarna medräknade, SFB 27 kap. 51 §).',
    ]);
    expect(notesOf('sp1')[0].dates).toEqual(['date']);
    expect(say('sp2')).toEqual([
      'Dagarna räknas från sjukpenningens start 2026-06-01; ingen tidigare första sjukdag är angiven.',
    ]);
  });

  it('says how many days of earlier introduktionsjobb time shortened the longest time (2018:42 11 §)', async () => {
    await switchLanguage('sv');
    // 2024-01-01..2024-06-30: 182 days.
    expect(earlierTimeDays(journey, journey.interventions[1], kinds.get('introduktionsjobb'), kinds)).toBe(182);
    expect(say('ij2')).toEqual([
      'Tidigare tid i introduktionsjobb, 182 dagar, räknas in (förordningen (2018:42) om särskilt anställningsstöd, 11 §).',
    ]);
    expect(say('ij1')).toEqual([]);
    const cancelled = {
      ...journey,
      interventions: journey.interventions.map((iv) => (iv.id === 'ij1' ? { ...iv, cancelled: true } : iv)),
    };
    expect(say('ij2', cancelled)).toEqual([]);
  });

  it('gives aktivitetsersättning its age limit: the year only, or no birth year', async () => {
    await switchLanguage('sv');
    expect(say('ae')).toEqual([
      'Aktivitetsersättning lämnas längst till och med månaden innan deltagaren fyller 30 år (socialförsäkringsbalken 33 kap.).',
      'Bara födelseåret (1996) är känt: Resan räknar med senast 2026-11-30.',
    ]);
    const unknown = { ...journey, participant: { ref: 'P-1' } };
    expect(say('ae', unknown)[1]).toBe('Födelseåret saknas, så Resan räknar ingen längsta tid.');
    await switchLanguage('en');
    expect(say('ae')[1]).toBe('Only the birth year (1996) is known: Resan counts 2026-11-30 at the latest.');
    expect(say('sp1')[0]).toBe(
      "The days are counted from the first day of sickness, 2025-03-01 (the employer's sick-pay days included, SFB ch. 27 § 51).",
    );
    await switchLanguage('sv');
  });

  it('says nothing for a kind without these rules', () => {
    const j: Journey = { ...journey, interventions: [{ id: 'k', kind: 'komvux', start: '2025-01-01' }] };
    expect(notesOf('k', j)).toEqual([]);
  });
});

describe('periodOf', () => {
  it('finds a period that began in an employment, and one that did not', () => {
    const analysis = analyzeJourney(journey);
    const first = periodOf('sp1', analysis);
    expect(first.employed).toBe(true);
    expect(first.milestones.map((m) => m.day)).toEqual([90, 180]);
    const second = periodOf('sp2', analysis);
    expect(second.employed).toBe(false);
    expect(second.milestones.map((m) => [m.day, m.upcoming])).toEqual([
      [90, false],
      [180, false],
    ]);
  });
});
