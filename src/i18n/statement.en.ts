/** English: the accessibility statement (a11y.statement). Same keys as statement.sv.ts. */
import type { statementSv } from './statement.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const statementEn: Widen<typeof statementSv> = {
  back: 'Back',
  heading: 'Accessibility statement',
  intro:
    'Resan should be usable by as many people as possible. This statement describes how Resan meets the Swedish Act (2018:1937) on accessibility to digital public services, the shortcomings we know of and how you can report shortcomings so that they can be fixed.',
  dates: 'Accessibility was last assessed on {{assessed}}. This statement was last updated on {{updated}}.',
  statusHeading: 'How accessible is the site?',
  status:
    'Resan partially complies with the Act on accessibility to digital public services (WCAG 2.1 level AA through EN 301 549), because of the shortcomings described below.',
  alternatives:
    'Everything the timeline shows is also there as text: the summary, the findings, the table of interventions, the list of mandates, events and markings, and the details of what is chosen. Everything can be reached with the keyboard.',
  gapsHeading: 'What is not accessible?',
  gaps: {
    chart:
      "The timeline and the cohort's charts are pictures of data. A person who cannot see them gets the same figures in the tables and lists beside them, but not the picture's overview.",
    drag: 'Dragging bars on the timeline needs a mouse or a touch screen; the same change can be made with the arrow keys or in the form.',
    spacing:
      'With wider letter and word spacing (WCAG 1.4.12) more labels on the timeline are shortened with "…" so that they stay in their bars and clear of each other; the full text is in the details and the lists.',
    patterns:
      'Patterns (stripes and hatching) in the charts can make text harder to read for people with low vision; the text is in the details too. On a bar with a name, the pattern of its kind shows only as a strip after the name.',
    large:
      'A journey of thousands of interventions is drawn in parts, and while it is drawn the page can be slow to respond for a while (several seconds on a slow computer); every intervention is in the table and reached by keyboard once it is drawn.',
  },
  scopeHeading: 'Content outside the scope of the Act',
  scope:
    'What you load yourself (journey files, cohort files and CSV files) is shown as it is written: names, notes and other text in the files do not come from whoever offers Resan. The Act does not cover third-party content that the public body neither funds, develops nor controls. How Resan shows that content is covered.',
  reportHeading: 'Report accessibility shortcomings',
  report:
    'If you find problems not described here, or need content in another format, contact us. Say what you tried to do, what happened, and which browser and assistive technology you used.',
  organisation: 'Responsible for Resan here: {{organisation}}',
  contact: 'Contact for accessibility: {{contact}}',
  notFilledIn:
    'The organisation that offers Resan has not filled in its name and contact details. Ask whoever gave you access to Resan.',
  superviseHeading: 'Supervision',
  supervise:
    'The Agency for Digital Government (Myndigheten för digital förvaltning, DIGG) supervises the Act on accessibility to digital public services. If you are not satisfied with how your comments are handled, you can contact the Agency for Digital Government.',
  diggForm: 'Report a lack of accessibility to DIGG (www.digg.se/tdosanmalan, in Swedish)',
  testedHeading: 'How we tested Resan',
  tested:
    'Resan was reviewed by an independent auditor and is since tested in every build (npm test), in every view and in Swedish and English:',
  tests: {
    axe: 'automated checks with axe-core (WCAG 2.0 and 2.1 level A and AA, and best practice) of every view and state: dialogs open, a finding chosen, a scenario on, side by side, the cohort, the rules and this page;',
    keyboard:
      'the keyboard: every control is reached with Tab and shows its focus, and focus lands in the right place after something is removed or closed;',
    reflow: 'reflow at 320 pixels wide and text spacing as in WCAG 1.4.12;',
    contrast:
      "contrast on the charts measured in the screenshot's pixels, and a greyscale screenshot of every view checked by hand;",
    status: 'status messages, required fields and Swedish text marked as Swedish in the English version.',
  },
  updated: 'This statement covers this version of Resan and is updated when Resan changes.',
};
