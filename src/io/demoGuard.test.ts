/** The demo's edits are only on screen: leaving them asks first, and only then. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { useStore } from '../store';
import { DEMO_KEY } from '../store/journeySlice';
import { demoEdited, mayLeaveDemo, setLeaveDemoQuestion, warnBeforeUnload } from './demoGuard';

const edit = () => useStore.getState().editJourney((j) => ({ ...j, participant: { ...j.participant, ref: 'X' } }));

afterEach(() => {
  setLeaveDemoQuestion(null);
  useStore.getState().openJourney(DEMO_JOURNEY, DEMO_KEY, { kind: 'demo' });
});

describe('the demo guard', () => {
  it('asks only while the demo has edits, and answers what the person chose', async () => {
    const question = vi.fn(() => Promise.resolve(false));
    setLeaveDemoQuestion(question);
    expect(demoEdited()).toBe(false);
    expect(await mayLeaveDemo()).toBe(true);
    expect(question).not.toHaveBeenCalled();
    edit();
    expect(demoEdited()).toBe(true);
    expect(await mayLeaveDemo()).toBe(false);
    expect(question).toHaveBeenCalledTimes(1);
  });
  it('a journey of the library is never asked about', async () => {
    setLeaveDemoQuestion(() => Promise.resolve(false));
    useStore.getState().openJourney(DEMO_JOURNEY, 'j-1', { kind: 'library' });
    edit();
    expect(await mayLeaveDemo()).toBe(true);
  });
  it('the browser asks before a reload only while the demo has edits', () => {
    const event = () =>
      ({ preventDefault: vi.fn(), returnValue: undefined as unknown }) as unknown as BeforeUnloadEvent;
    const calm = event();
    warnBeforeUnload(calm);
    expect(calm.preventDefault).not.toHaveBeenCalled();
    edit();
    const asked = event();
    warnBeforeUnload(asked);
    expect(asked.preventDefault).toHaveBeenCalled();
  });
});
