import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { moveIntervention } from '../domain';
import { HISTORY_LIMIT, useStore } from './index';

const start = () => useStore.getState().journey.interventions.find((i) => i.id === 'prak')!.start;

describe('undo history', () => {
  it('undoes and redoes at least 100 steps, across edits and opening another journey', () => {
    const { editJourney, openJourney } = useStore.getState();
    const { undo, redo, clear } = useStore.temporal.getState();
    clear();
    for (let i = 0; i < 150; i++) editJourney((j) => moveIntervention(j, 'prak', 1));
    expect(start()).toBe('2025-07-31'); // 2025-03-03 + 150 days
    openJourney({ ...DEMO_JOURNEY, id: 'other', participant: { ref: 'OTHER' } }, 'k-other', { kind: 'new' });
    expect(useStore.getState().journey.participant.ref).toBe('OTHER');

    undo(); // back to the edited demo
    expect(useStore.getState().journeyKey).toBe('demo');
    undo(100);
    expect(start()).toBe('2025-04-22'); // 50 steps remain: 2025-03-03 + 50 days
    redo(101);
    expect(useStore.getState().journey.participant.ref).toBe('OTHER');
    expect(useStore.temporal.getState().pastStates.length).toBeLessThanOrEqual(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
  });

  it('language, zoom and what is selected are not part of the history', () => {
    const { clear } = useStore.temporal.getState();
    clear();
    useStore.getState().setLanguage('en');
    useStore.getState().setZoom({ k: 3, x: -10 });
    useStore.getState().select({ kind: 'gap', id: 'x' });
    expect(useStore.temporal.getState().pastStates).toHaveLength(0);
  });
});
