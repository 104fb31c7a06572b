/**
 * Background work that can wait (storing a journey just opened) waits for a gesture to end: a
 * zoom or a drag that starts in the frame after the chart is drawn should not have the save's
 * work land in its frames (issue #11). Nothing is lost meanwhile: the import is marked before the
 * journey shows (persistence/imports.ts, rule 6), and the wait is bounded.
 */

/** Input that is part of a gesture: wheel, keys, touch, and the mouse moved with a button down. */
const GESTURE_EVENTS = ['wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart', 'touchmove'] as const;

let lastInput = -Infinity;
let listening = false;

function listen(target: EventTarget, now: () => number) {
  if (listening) return;
  listening = true;
  const heard = (e: Event) => {
    if (e.type === 'pointermove' && (e as PointerEvent).buttons === 0) return;
    lastInput = now();
  };
  for (const type of GESTURE_EVENTS) target.addEventListener(type, heard, { capture: true, passive: true });
}

/**
 * Resolves once no gesture input has come for `quietMs` since it was called (so at the earliest
 * `quietMs` after it: a gesture may be just starting), and at the latest `maxMs` after it was called.
 */
export function whenInputQuiet(
  quietMs = 150,
  maxMs = 1_000,
  target: EventTarget | undefined = typeof window === 'undefined' ? undefined : window,
  now: () => number = () => performance.now(),
): Promise<void> {
  if (!target) return Promise.resolve();
  listen(target, now);
  const start = now();
  return new Promise((resolve) => {
    const check = () => {
      const t = now();
      const quietFor = t - Math.max(lastInput, start);
      if (quietFor >= quietMs || t - start >= maxMs) resolve();
      else setTimeout(check, Math.min(quietMs - quietFor, maxMs - (t - start)));
    };
    check();
  });
}

/** For tests: forget what was heard and listen afresh. */
export function resetInputQuiet() {
  lastInput = -Infinity;
  listening = false;
}
