import type { meetingSv } from './meeting.sv';
import type { printDialogSv } from './printDialog.sv';

/** English for the planning meeting: the chart as a picture and the printed page. */
export const meetingEn: Omit<typeof meetingSv, 'print'> & { print: typeof meetingSv.print & typeof printDialogSv } = {
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
  print: {
    button: 'Print…',
    heading: 'Print the journey',
    paper: 'Paper',
    a4: 'A4 landscape',
    a3: 'A3 landscape',
    range: 'What is included',
    all: 'The whole journey',
    visible: 'What the timeline shows now',
    print: 'Print',
    cancel: 'Cancel',
    hint: 'Choose "Save as PDF" in the browser\'s print window to get a PDF.',
    scenarios: 'Scenarios switched on: {{names}}.',
    noScenarios: 'No scenarios switched on (baseline).',
    ignoreGaps_one: 'Gaps and grey zones of at most {{count}} day are not counted.',
    ignoreGaps_other: 'Gaps and grey zones of at most {{count}} days are not counted.',
    printedRange: 'The timeline shows the part that was on screen.',
    printedAll: 'The timeline shows the whole journey.',
  },
};
