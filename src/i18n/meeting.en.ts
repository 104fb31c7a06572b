import type { meetingSv } from './meeting.sv';

/** English for the planning meeting: the chart as a picture and the printed page. */
export const meetingEn: typeof meetingSv = {
  chartExport: {
    timelineSvg: 'Timeline as SVG',
    timelinePng: 'Timeline as PNG',
    sideBySideSvg: 'Comparison as SVG',
    sideBySidePng: 'Comparison as PNG',
    timelineTitle: 'Timeline – {{ref}}',
    sideBySideTitle: 'Side-by-side comparison – {{ref}}',
    asOf: 'As of {{date}}',
    scenarios: 'Scenarios switched on: {{names}}',
    noScenarios: 'No scenarios switched on',
    failed: 'The picture could not be made. Try again, or save it as SVG.',
  },
};
