import type { projectorSv } from './projector.sv';

/** English for the meeting room on a projector: the summary that can be hidden and meeting mode. */
export const projectorEn: typeof projectorSv = {
  hideSummary: 'Hide summary',
  showSummary: 'Show summary',
  meetingMode: 'Meeting mode',
  meetingModeOn: 'Meeting mode is on: editing is hidden and the text is larger. Esc or the button turns it off.',
  meetingModeOff: 'Meeting mode is off.',
  barKeyHeading: 'Numbered bars',
  stripHeading: 'Key figures as of {{date}}',
  stripHeadingScenario: 'Key figures as of {{date}} with the scenarios that are on (difference from now in brackets)',
  stripEndsSoon: 'Ends soon',
  stripEndsSoonValue: '{{name}} in {{days}} days, nothing planned after',
  stripNothingEnds: 'nothing within 90 days',
  barKeyIntro: 'Bars whose names do not fit on the timeline in this view:',
};
