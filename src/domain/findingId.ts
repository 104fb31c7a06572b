/** How a finding is named in a selection: stable across edits that do not move it. Pure. */
export const findingId = {
  gap: (g: { start: string }) => `gap:${g.start}`,
  greyzone: (z: { start: string; manual: boolean }) => `${z.manual ? 'manual' : 'computed'}:${z.start}`,
  wait: (w: { forsteg: string }) => w.forsteg,
  cliff: (c: { intervention: string }) => c.intervention,
};
