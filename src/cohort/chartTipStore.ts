/** The one chart tip of the page (ChartTip.tsx): which chart shows it, what it says and where. */
import { useSyncExternalStore } from 'react';

export type Tip = {
  /** The chart that shows it. */
  owner: string;
  /** Opened by the pointer or by focus: moving the pointer away closes only the first. */
  by: 'pointer' | 'focus';
  text: string;
  hint: string | null;
  left: number;
  top: number;
  below: boolean;
  /** The chart element it speaks for. */
  for: Element;
};

let current: Tip | null = null;
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

export function setTip(tip: Tip) {
  current = tip;
  changed();
}

/** Hides the tip if `owner` shows it (and, given `by`, only if it was opened that way). */
export function hideTip(owner: string, by?: Tip['by']) {
  if (!current || current.owner !== owner || (by && current.by !== by)) return;
  current = null;
  changed();
}

/**
 * Where the pointer was at the last turn of the wheel: the page scrolled under a pointer that
 * stayed there, so what comes under it is not pointed at until the pointer moves.
 */
let wheelAt: { x: number; y: number } | null = null;
let listening = false;

/** Starts hearing the wheel (once for the page); each turn hides the tip. */
export function hearWheel(doc: Document) {
  if (listening) return;
  listening = true;
  doc.addEventListener(
    'wheel',
    (e) => {
      wheelAt = { x: e.clientX, y: e.clientY };
      if (current) {
        current = null;
        changed();
      }
    },
    { passive: true, capture: true },
  );
}

/** Whether a pointer at (x, y) has moved since the last turn of the wheel. */
export function pointerMoved(x: number, y: number) {
  if (wheelAt && wheelAt.x === x && wheelAt.y === y) return false;
  wheelAt = null;
  return true;
}

export const tipFor = () => current?.for ?? null;

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};
const read = () => current;

export function useTip(): Tip | null {
  return useSyncExternalStore(subscribe, read, read);
}
