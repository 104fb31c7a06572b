/**
 * Synthetic journeys for the timeline bench: N interventions over 8 built-in actors, seeded
 * (the same N gives the same file), spread over a period that grows with N so that each lane
 * stacks a few rows. Plain JavaScript so that the bench needs no build step of its own.
 */
export const ACTORS = [
  'kommun',
  'af',
  'fk',
  'region',
  'samordningsforbund',
  'arbetsgivare',
  'leverantor',
  'utbildningsanordnare',
];
const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 3);

/** mulberry32: a small seeded generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A journey file (format 1) with `n` interventions, `items` ready for vis-timeline too. */
export function generateJourney(n, seed = 1) {
  const rnd = random(seed + n);
  const spanDays = 2_000 + n * 2;
  const perLane = Math.ceil(n / ACTORS.length);
  const step = spanDays / perLane;
  const interventions = [];
  for (let i = 0; i < n; i++) {
    const lane = i % ACTORS.length;
    const k = Math.floor(i / ACTORS.length);
    const start = START + Math.round(k * step + rnd() * step * 0.5) * DAY;
    const days = 10 + Math.floor(rnd() * 80);
    interventions.push({
      id: `i${i}`,
      kind: 'kommunal-insats',
      actor: ACTORS[lane],
      title: `Insats ${i + 1}`,
      start: iso(start),
      end: iso(start + (days - 1) * DAY),
    });
  }
  const last = interventions.reduce((m, iv) => (iv.end > m ? iv.end : m), '');
  return {
    format: 'journey',
    version: 1,
    id: `bench-${n}`,
    participant: { ref: `BENCH-${n}` },
    asOf: last,
    closed: null,
    actors: [],
    kinds: [],
    interventions,
  };
}
