/**
 * How the page is shown, state that cuts across the features: in the room, the summary beside
 * (or under) the chart can be hidden, and "Mötesläge" hides editing and enlarges the chart's
 * text (both the person's preference, kept with the other settings by src/io/settings.ts, not
 * in the journey); and what is being printed, if anything, read by the parts of the page that
 * only print.
 */
import { create } from 'zustand';

export type PresentationState = {
  summaryHidden: boolean;
  meetingMode: boolean;
  setSummaryHidden: (hidden: boolean) => void;
  setMeetingMode: (on: boolean) => void;
};

export const usePresentation = create<PresentationState>()((set) => ({
  summaryHidden: false,
  meetingMode: false,
  setSummaryHidden: (summaryHidden) => set({ summaryHidden }),
  setMeetingMode: (meetingMode) => set({ meetingMode }),
}));

/** How much larger the chart's text is in Mötesläge. */
export const MEETING_TEXT_SCALE = 1.3;

export type Paper = 'a4' | 'a3';
export type PrintRange = 'all' | 'visible';
export type PrintChoice = { paper: Paper; range: PrintRange };

const usePrintState = create<{ printing: PrintChoice | null }>()(() => ({ printing: null }));

export function setPrinting(printing: PrintChoice | null): void {
  usePrintState.setState({ printing });
}

/** What is being printed, or null. */
export function usePrinting(): PrintChoice | null {
  return usePrintState((s) => s.printing);
}
