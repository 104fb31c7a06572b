import type { roomSv } from './room.sv';

/** English for the planning meeting (issue 24): new scenarios, unrecorded ends, the figure strip, the bar key. */
export const roomEn: typeof roomSv = {
  csvNote: {
    open: 'ongoing (no end)',
    noNextStep: 'no next step',
    noWait: 'no wait: the next step began the day after',
    manual: 'marked by hand',
    upcoming: 'soon',
    future: 'later',
    headroom: 'can be extended {{count}} months',
  },
  newScenario: 'New scenario',
  newScenarioName: 'New scenario',
  newHeading: 'New scenario: {{name}}',
  extendOpen: 'Extend…',
  nameExtendOpen: 'Extend {{name}}',
  endUnrecorded: 'End not recorded',
  endUnrecordedStatus: 'end not recorded',
  legendEndUnrecorded: 'End not recorded (the decided end has passed)',
  endUnrecordedDetail: 'The decided end {{date}} has passed and no end is recorded. Record the end or extend.',
  endUnrecordedHeading: 'End not recorded',
  endUnrecordedItem: '{{name}}: decided end {{date}}, no end recorded',
  registerEnd: 'Record end…',
  endStillPast: '{{name}} ends {{end}} in the scenario too, before the reference day – no end is recorded',
};
