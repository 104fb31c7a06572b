/**
 * How the journey page is shown in the room: the summary beside (or under) the chart can be
 * hidden, and "Mötesläge" hides editing and enlarges the chart's text. Both are the person's
 * preference, kept with the other settings (src/io/settings.ts), not in the journey.
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
