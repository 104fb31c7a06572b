/**
 * Realistic synthetic journeys for the demo cohort and the benchmarks, seeded and pure: the
 * same count, seed and asOf give the same journeys, and journey i is the same whatever the
 * count. Three paths, as a samordningsförbund sees them: newly arrived (etableringsprogrammet,
 * SFI, a försteg, a wait, praktik or an introduktionsjobb, some ending within 90 days with
 * nothing after), on sick leave (sjukpenning spells, some about to pass day 180, a grey zone
 * before Arbetsförmedlingen takes over) and long-term unemployed (ekonomiskt bistånd, a
 * kommunal insats, a försteg, a wait, work). Some journeys are closed.
 */
import { type DayNumber, type IsoDate, dayNumber, isIsoDate, isoDate } from '../dates';
import type { Journey } from '../schema';
import { type Draft, add, greyZoneNote, lastDay, mandate, monthsDays, newDraft, toJourney } from './draft';
import { mixSeed, random } from './prng';

/** A next step after a försteg ending on `end`: none (12 %), at once (13 %) or after a skewed wait. */
function nextStep(d: Draft, end: DayNumber, kinds: readonly string[]): void {
  const { r } = d;
  const roll = r.next();
  if (roll < 0.12) return;
  const start = end + 1 + (roll < 0.25 ? 0 : r.skewed(45, 0.9));
  if (start > d.asOf + 120) return; // nothing planned yet
  const kind = r.pick(kinds);
  if (kind === 'introduktionsjobb') introduktionsjobb(d, start);
  else {
    const last = add(d, kind, start, r.int(60, 200));
    if (last !== null && kind === 'arbetspraktik' && r.chance(0.4)) introduktionsjobb(d, last + 1 + r.int(0, 90));
  }
}

/** Twelve months by default (projected), sometimes extended by six. */
function introduktionsjobb(d: Draft, start: DayNumber): void {
  const { r } = d;
  const extended = r.chance(0.15);
  const days = monthsDays(start, 12);
  const endedLongAgo = !extended && start + days - 1 < d.asOf - 200;
  // Ongoing ones carry no end: the kind's twelve months (plus extensions) project it.
  add(d, 'introduktionsjobb', start, endedLongAgo ? days : null, extended ? { extensions: [{ months: 6 }] } : {});
  if (!extended && start + days - 1 < d.asOf - 30 && r.chance(0.5)) {
    add(d, 'anstallning', start + days + r.int(0, 60), null, { actor: 'arbetsgivare' });
  }
}

function newlyArrived(d: Draft): void {
  const { r, asOf } = d;
  const t0 = asOf - r.int(150, 1500);
  const programmeEnd = add(d, 'etableringsprogrammet', t0, monthsDays(t0, 24)) ?? t0;
  // After the programme, most register at AF as job seekers, some only after a while.
  if (programmeEnd < asOf && r.chance(0.8))
    mandate(d, 'af', 'Inskriven som arbetssökande', programmeEnd + 1 + (r.chance(0.7) ? 0 : r.int(5, 90)));
  const sfiStart = t0 + r.int(7, 60);
  const sfiOpen = r.chance(0.1);
  const sfiEnd = sfiStart + r.int(200, 900) - 1;
  // An sfi that goes on beside the försteg is part time (40 %): it runs beside the main line (section 3).
  add(d, 'sfi', sfiStart, sfiOpen ? null : sfiEnd - sfiStart + 1, sfiOpen ? { extent: 40 } : {});
  if (r.chance(0.2)) {
    introduktionsjobb(d, asOf - 365 + r.int(1, 90)); // ends within 90 days: a cliff unless something follows
    return;
  }
  // The försteg comes towards the end of sfi (or alongside an sfi that goes on).
  const cursor = sfiOpen ? sfiStart + r.int(60, 400) : sfiEnd - r.int(0, 100);
  if (cursor > asOf + 60) return;
  if (r.chance(0.75)) {
    const end = add(d, 'forsteg', cursor, r.int(56, 150), { title: 'Lugn uppstart' });
    if (end !== null)
      nextStep(d, end, ['arbetspraktik', 'arbetspraktik', 'komvux', 'introduktionsjobb', 'rusta-och-matcha']);
  } else {
    add(d, 'arbetspraktik', cursor, r.int(60, 180));
  }
}

function sickLeave(d: Draft): void {
  const { r, asOf } = d;
  if (r.chance(0.3)) {
    // Still on sick leave, passing day 180 within the next 90 days. Most have an employment
    // (the day-90 and day-180 steps apply to them); the employer paid the first 14 days.
    const start = asOf - r.int(89, 179);
    if (r.chance(0.7)) {
      add(d, 'anstallning', start - r.int(200, 2000), null, { actor: 'arbetsgivare' });
      add(d, 'sjukpenning', start + 14, asOf - start - 14 + r.int(30, 200), { sickFrom: isoDate(start) });
    } else add(d, 'sjukpenning', start, asOf - start + r.int(30, 200));
    if (r.chance(0.5)) add(d, 'rehabilitering', start + r.int(14, 60), r.int(60, 200));
    return;
  }
  const start = asOf - r.int(300, 1400);
  let end = start + Math.min(r.skewed(200, 0.6), asOf - start - 60);
  add(d, 'sjukpenning', start, end - start + 1);
  if (r.chance(0.6)) add(d, 'rehabilitering', start + r.int(14, 60), r.int(60, 200));
  if (r.chance(0.25)) {
    const again = end + r.int(10, 80); // back within 89 days: the same sickness period
    end = again + r.int(20, 120) - 1;
    add(d, 'sjukpenning', again, end - again + 1);
  }
  if (end >= asOf) return;
  const afStart = end + 1 + r.skewed(40, 0.8); // the grey zone: out of FK, not yet at AF
  if (afStart > asOf || r.chance(0.15)) {
    if (r.chance(0.3))
      greyZoneNote(d, end + 1, Math.min(asOf, end + r.int(20, 60)), 'För frisk för FK, för sjuk för AF');
    return;
  }
  mandate(d, 'af', 'Inskriven som arbetssökande', afStart);
  const fStart = afStart + r.int(14, 120);
  if (fStart > asOf + 30) return;
  const fEnd = add(d, r.pick(['kartlaggning', 'forberedande-insats']), fStart, r.int(30, 180));
  if (fEnd !== null) nextStep(d, fEnd, ['arbetstraning', 'arbetspraktik', 'steg-till-arbete']);
}

function longTermUnemployed(d: Draft): void {
  const { r, asOf } = d;
  const t0 = asOf - r.int(200, 2000);
  const working = r.chance(0.35) ? t0 + r.int(300, 1500) : null;
  const until = working !== null && working <= asOf ? working - 1 : null;
  add(d, 'ekonomiskt-bistand', t0, until === null ? null : until - t0 + 1);
  mandate(d, 'af', 'Inskriven som arbetssökande', t0 + r.int(0, 200), until);
  const kStart = t0 + r.int(30, 200);
  const kEnd = add(d, 'kommunal-insats', kStart, r.int(60, 300));
  if (kEnd === null || kEnd > asOf) return;
  const fEnd = add(d, 'forsteg', kEnd + 1 + r.skewed(30, 1), r.int(56, 120), { title: 'Steg framåt' });
  if (fEnd !== null && (until === null || fEnd < until))
    nextStep(d, fEnd, ['arbetspraktik', 'rusta-och-matcha', 'komvux']);
  if (until !== null) add(d, 'anstallning', until + 1, null, { actor: 'arbetsgivare' });
}

/** Closes some journeys whose interventions have all ended; their open mandates end that day too. */
function maybeClose(d: Draft): void {
  const last = lastDay(d.interventions);
  if (!Number.isFinite(last) || last >= d.asOf || !d.r.chance(0.4)) return;
  const date = Math.min(d.asOf, last + d.r.int(1, 30));
  if (d.mandates.some((m) => dayNumber(m.start) > date)) return;
  for (const m of d.mandates) if (m.end === undefined) m.end = isoDate(date);
  d.closed = { date: isoDate(date), reason: d.r.pick(['Arbete', 'Studier', 'Flyttat', 'Annan orsak']) };
}

const pad = (n: number) => String(n).padStart(4, '0');

export function generateJourney(index: number, seed: number, asOf: IsoDate): Journey {
  const d = newDraft(random(mixSeed(seed, index)), dayNumber(asOf));
  const roll = d.r.next();
  if (roll < 0.5) newlyArrived(d);
  else if (roll < 0.8) sickLeave(d);
  else longTermUnemployed(d);
  maybeClose(d);
  return toJourney(d, `J-${pad(index + 1)}`, `P-${pad(index + 1)}`, d.r.int(1962, 2004));
}

export function generateCohort(count: number, seed: number, asOf: IsoDate): Journey[] {
  if (!isIsoDate(asOf)) throw new TypeError(`asOf ${JSON.stringify(asOf)} is not a date`);
  return Array.from({ length: count }, (_, i) => generateJourney(i, seed, asOf));
}
