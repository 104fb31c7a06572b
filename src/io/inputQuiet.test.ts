/** The wait a background save takes for a gesture to pause: quiet for long enough, or bounded. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetInputQuiet, whenInputQuiet } from './inputQuiet';

describe('whenInputQuiet', () => {
  let clock = 0;
  const now = () => clock;
  const target = new EventTarget();
  const input = (type: string, init: Record<string, unknown> = {}) =>
    target.dispatchEvent(Object.assign(new Event(type), init));
  /** Advances the clock and the timers together, `ms` at a time. */
  async function wait(ms: number) {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  }

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1_000;
    resetInputQuiet();
  });
  afterEach(() => vi.useRealTimers());

  it('resolves 150 ms after it is called when nothing is going on (a gesture may be just starting)', async () => {
    const done = vi.fn();
    void whenInputQuiet(150, 1_000, target, now).then(done);
    await wait(140);
    expect(done).not.toHaveBeenCalled();
    await wait(10);
    expect(done).toHaveBeenCalled();
  });

  it('waits while wheel steps keep coming, and resolves 150 ms after the last', async () => {
    const done = vi.fn();
    void whenInputQuiet(150, 1_000, target, now).then(done);
    for (let i = 0; i < 10; i++) {
      input('wheel');
      await wait(20);
    }
    expect(done).not.toHaveBeenCalled();
    await wait(100);
    expect(done).not.toHaveBeenCalled();
    await wait(40);
    expect(done).toHaveBeenCalled();
  });

  it('does not wait for a mouse moved with no button down (no gesture)', async () => {
    const done = vi.fn();
    void whenInputQuiet(150, 1_000, target, now).then(done);
    await wait(100);
    input('pointermove', { buttons: 0 });
    await wait(50);
    expect(done).toHaveBeenCalled();
  });

  it('waits for a drag, but never longer than its bound', async () => {
    const done = vi.fn();
    void whenInputQuiet(150, 1_000, target, now).then(done);
    input('pointerdown');
    for (let t = 0; t < 990; t += 30) {
      input('pointermove', { buttons: 1 });
      await wait(30);
      if (clock - 1_000 < 990) expect(done).not.toHaveBeenCalled();
    }
    await wait(30);
    expect(done).toHaveBeenCalled();
  });
});
