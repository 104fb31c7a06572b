/**
 * Moving and resizing bars in edit mode (Bars.tsx): one drag at a time, by pointer (snapping
 * to whole days) or by keyboard, each finished move one undoable edit of the journey; a move by
 * keyboard is told to `onKeyEdit`, which says the new dates (Bars.tsx).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { moveIntervention, resizeIntervention } from '../domain';
import { type AppState, useStore } from '../store';

const selectEditJourney = (s: AppState) => s.editJourney;

export type Drag = { id: string; mode: 'move' | 'resize'; startX: number; days: number };

export type BarEditing = {
  begin: (id: string, mode: Drag['mode'], e: React.PointerEvent) => void;
  handlers: { onPointerMove: (e: React.PointerEvent) => void; onPointerUp: () => void; onPointerCancel: () => void };
  onKeyDown: (id: string, e: React.KeyboardEvent) => void;
};

/**
 * Moving and resizing bars in edit mode, by pointer (snapping to days) or by keyboard: one
 * drag at a time, held here for every bar so that the bars themselves have no hooks.
 */
export function useBarEditing(pxPerDay: number, onKeyEdit?: (id: string, mode: Drag['mode']) => void) {
  const editJourney = useStore(selectEditJourney);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const pxRef = useRef(pxPerDay);
  const keyEditRef = useRef(onKeyEdit);
  useLayoutEffect(() => {
    pxRef.current = pxPerDay;
    keyEditRef.current = onKeyEdit;
  }, [pxPerDay, onKeyEdit]);
  const inEditMode = () => useStore.getState().editMode;
  const editing = useMemo<BarEditing>(() => {
    const apply = (id: string, mode: Drag['mode'], days: number) => {
      if (days !== 0)
        editJourney((j) => (mode === 'move' ? moveIntervention(j, id, days) : resizeIntervention(j, id, days)));
    };
    const end = () => {
      const d = dragRef.current;
      dragRef.current = null;
      setDrag(null);
      if (d) apply(d.id, d.mode, d.days);
    };
    return {
      begin: (id, mode, e) => {
        if (!inEditMode() || e.button !== 0) return;
        e.stopPropagation();
        (e.currentTarget as Element).setPointerCapture(e.pointerId);
        dragRef.current = { id, mode, startX: e.clientX, days: 0 };
        setDrag(dragRef.current);
      },
      handlers: {
        onPointerMove: (e) => {
          const d = dragRef.current;
          if (!d) return;
          const days = Math.round((e.clientX - d.startX) / pxRef.current);
          if (days !== d.days) {
            dragRef.current = { ...d, days };
            setDrag(dragRef.current);
          }
        },
        onPointerUp: end,
        onPointerCancel: end,
      },
      onKeyDown: (id, e) => {
        if (!inEditMode() || !['ArrowLeft', 'ArrowRight'].includes(e.key)) return;
        e.preventDefault();
        e.stopPropagation();
        const days = (e.key === 'ArrowLeft' ? -1 : 1) * (e.shiftKey ? 7 : 1);
        const mode = e.altKey ? 'resize' : 'move';
        // Told first, so that the new dates can be said once the chart has them (WCAG 4.1.3).
        keyEditRef.current?.(id, mode);
        apply(id, mode, days);
      },
    };
  }, [editJourney]);
  return { drag, editing };
}
