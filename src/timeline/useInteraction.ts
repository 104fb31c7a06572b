/**
 * Pointer, focus and keyboard on the chart's items (bars, markers, findings): hovering or
 * focusing one shows its details, a click, Enter or Space pins them.
 */
import { useMemo } from 'react';
import { type AppState, useStore } from '../store';
import { sameSelection, type Selection } from '../store/viewSlice';

const selectSelection = (s: AppState) => s.selection;
const selectHover = (s: AppState) => s.hover;
const selectSelect = (s: AppState) => s.select;

export type Interaction = {
  onEnter: (s: Selection) => void;
  onLeave: () => void;
  onChoose: (s: Selection) => void;
};

/** Pointer, focus and keyboard on a chart item: hover shows details, click or Enter pins them. */
export function useInteraction(): Interaction & { selection: Selection | null } {
  const selection = useStore(selectSelection);
  const hover = useStore(selectHover);
  const select = useStore(selectSelect);
  // One object for as long as the store's actions stay the same, so that memoised items skip.
  const stable = useMemo<Interaction>(
    () => ({
      onEnter: hover,
      onLeave: () => hover(null),
      onChoose: (s) => select(sameSelection(useStore.getState().selection, s) ? null : s),
    }),
    [hover, select],
  );
  return useMemo(() => ({ ...stable, selection }), [stable, selection]);
}

/** The stable part of useInteraction (no selection), for items that are memoised. */
export function useStableInteraction(): Interaction {
  const { onEnter, onLeave, onChoose } = useInteraction();
  return useMemo(() => ({ onEnter, onLeave, onChoose }), [onEnter, onLeave, onChoose]);
}

export function itemProps(sel: Selection, label: string, interaction: Interaction, selected: boolean) {
  return {
    tabIndex: 0,
    role: 'button',
    'aria-label': label,
    'aria-pressed': selected,
    onMouseEnter: () => interaction.onEnter(sel),
    onMouseLeave: interaction.onLeave,
    onFocus: () => interaction.onEnter(sel),
    onBlur: interaction.onLeave,
    onClick: () => interaction.onChoose(sel),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        interaction.onChoose(sel);
      }
    },
  };
}
