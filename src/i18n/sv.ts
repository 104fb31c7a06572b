/**
 * Svenska: the first language. Every visible string of the app is here, or in a module the
 * code that shows it loads with it (edit, storage and writeAhead, cohort, cohortLoad, cohortTabs, scenarioEditor, the rules page, the accessibility statement,
 * opening files and their problems, the side-by-side view: loadMessages in i18n/index.ts),
 * so that the first screen does not carry them (issue #11).
 */
import type { editSv } from './edit.sv';
import type { problemListSv } from './hostile.sv';
import type { importSv, issueSv } from './importIssues.sv';
import { scenariosSv } from './scenarios.sv';
import { lawSv } from './law.sv';
import type { storageSv } from './storage.sv';
import { storageRemoveSv } from './storageRemove.sv';
import type { safeguardsSv } from './safeguards.sv';
import type { writeAheadSv } from './writeAhead.sv';
import type { cohortLoadSv } from './cohortLoad.sv';
import type { cohortFaultsSv } from './cohortFaults.sv';
import type { csvRepeatsSv } from './csvRepeats.sv';
import type { cohortTabsSv } from './cohortTabs.sv';
import type { scenarioEditorSv } from './scenarioEditor.sv';
import type { cohortSv } from './cohort.sv';
import type { exportSafetySv } from './exportSafety.sv';
import type { poolSv } from './pool.sv';
import type { poolMoreSv } from './poolMore.sv';
import { cohortNavSv } from './cohortNav.sv';
import type { cohortCopySv } from './cohortCopy.sv';
import type { sideBySideSv } from './sideBySide.sv';
import { meetingSv } from './meeting.sv';
import { projectorSv } from './projector.sv';
import { roomSv } from './room.sv';
import { parallelSv } from './parallel.sv';
import { tablePagesSv } from './tablePages.sv';
import { a11ySv } from './a11y.sv';
import { newJourneySv } from './newJourney.sv';
import { fileModeSv } from './fileMode.sv';
import type { fileModeMoreSv } from './fileModeMore.sv';
import type { rulesPageSv } from './rulesPage.sv';
import type { lawHolidaySv, lawNotesSv } from './lawLater.sv';
import type { detailsPanelSv } from './detailsPanel.sv';
import type { printDialogSv } from './printDialog.sv';
import type { statementSv } from './statement.sv';
import type { participantSv } from './participant.sv';

export const sv = {
  law: lawSv,
  storage: storageRemoveSv,
  cohort: cohortNavSv,
  meeting: meetingSv,
  projector: projectorSv,
  room: roomSv,
  parallel: parallelSv,
  tablePages: tablePagesSv,
  a11y: a11ySv,
  newJourney: newJourneySv,
  fileMode: fileModeSv,
  app: {
    title: 'Resan',
    tagline: 'En deltagares väg genom insatser, glapp och gråzoner',
    language: 'Språk',
    skipToContent: 'Hoppa till innehållet',
    privacy: 'Uppgifterna stannar i din webbläsare. Inget skickas någonstans.',
    loading: 'Laddar…',
    // The page's <title> (WCAG 2.4.2), one per view. The participant's reference, never the name:
    // browsers keep titles in their history, which they may sync to an account.
    pageTitle: {
      journey: 'Resa {{ref}} – Resan',
      emptyJourney: 'Resa {{ref}}, inga insatser än – Resan',
      cohort: 'Kohort: {{name}} – Resan',
      cohortLoading: 'Kohort – Resan',
      rules: 'Regler och källor – Resan',
      format: 'Filformatet och definitionerna – Resan',
      a11y: 'Tillgänglighetsredogörelse – Resan',
    },
  },
  toolbar: {
    open: 'Öppna fil…',
    openHint: 'Resefil eller kohortfil i JSON-format (version 1)',
    demo: 'Visa demoresan',
    ignoreGaps: 'Bortse från glapp på högst {{count}} dagar',
    ignoreGapsLabel: 'Bortse från glapp på högst (dagar)',
    cohortJourney: 'Resa i kohorten',
  },
  journey: {
    heading: 'Resa {{ref}}',
    headingNamed: '{{name}} ({{ref}})',
    source: 'Källa: {{source}}',
    demoSource: 'inbyggd demoresa',
    asOf: 'Per {{date}}',
    asOfToday: 'Per i dag, {{date}}',
    closed: 'Avslutad {{date}}: {{reason}}',
    horizon: 'Period: {{from}} – {{to}}',
    noHorizon: 'Resan har inga insatser eller uppdrag att analysera ännu.',
    born: 'född {{year}}',
  },
  totals: {
    heading: 'Sammanfattning',
    gapDays: 'Glapp utan aktivitet',
    gapValue: '{{days}} dagar ({{working}} arbetsdagar)',
    forstegWaitDays: 'Väntan efter försteg',
    greyZoneDays: 'Gråzon mellan aktörer',
    employmentDays: 'Dagar i anställning',
    supportedUntil: 'Stöd planerat till',
    supportedOpen: 'tills vidare (en insats saknar slut)',
    supportedNone: 'inget planerat',
    days: '{{count}} dagar',
    days_one: '{{count}} dag',
    days_other: '{{count}} dagar',
  },
  findings: {
    gaps: 'Glapp',
    noGaps: 'Inga glapp.',
    gap: 'Glapp {{days}} dagar, {{working}} arbetsdagar',
    gapPeriod: '{{from}} – {{to}}',
    gapBetween: 'Efter {{before}}, före {{after}}.',
    gapAfterOnly: 'Efter {{before}}; inget planerat efter.',
    gapBeforeOnly: 'Före {{after}}.',
    gapOpen: 'Pågår till periodens slut – inget planerat.',
    waits: 'Väntan efter försteg',
    noWaits: 'Inga försteg med väntan.',
    wait: 'Väntan efter försteg: {{days}} dagar',
    waitAfter: 'Efter {{forsteg}}',
    waitNext: 'Nästa steg: {{next}}',
    waitNone: '{{forsteg}}: ingen väntan',
    waitNoneNext: '{{forsteg}}: ingen väntan, nästa steg {{next}}',
    waitNoNextStep: '{{forsteg}}: inget nästa steg planerat',
    waitOpen: 'Väntan pågår – inget nästa steg planerat.',
    greyZones: 'Gråzoner',
    noGreyZones: 'Inga gråzoner.',
    greyZone: 'Gråzon: {{from}} → {{to}}, {{days}} dagar',
    greyZoneManual: 'Markerad gråzon, {{days}} dagar',
    greyZoneUnknown: 'ingen',
    greyZoneOpen: 'Pågår – ingen registrerad insats eller registrerat uppdrag.',
    cliffs: 'Slutar snart',
    noCliffs: 'Inget slutar inom 90 dagar utan fortsättning.',
    cliff: '{{name}} slutar {{date}} (om {{days}} dagar) – inget planerat efter.',
    cliffHeadroom: 'Möjlig förlängning: {{count}} hela månader kvar till längsta tiden.',
    cliffHeadroom_one: 'Möjlig förlängning: {{count}} hel månad kvar till längsta tiden.',
    cliffNoHeadroom: 'Kan inte förlängas inom regelverket (längsta tiden är nådd).',
    cliffNoRule: 'Ingen längsta tid enligt regel.',
  },
  interventions: {
    heading: 'Insatser',
    none: 'Inga insatser.',
    kind: 'Insats',
    actor: 'Aktör',
    start: 'Start',
    end: 'Slut',
    status: 'Status',
    limit: 'Längsta tid',
    projected: 'beräknat',
    openEnded: 'tills vidare',
    exceeds: 'efter längsta tiden',
    statusPlanned: 'planerad',
    statusOngoing: 'pågår',
    statusEnded: 'avslutad',
    statusCancelled: 'inställd',
  },
  timeline: {
    heading: 'Tidslinje',
    drawing: 'Tidslinjen ritas …',
    chartLabel:
      'Tidslinje för {{ref}}. Använd plus och minus för att zooma, pilarna för att panorera, 0 för att visa allt.',
    wheelHint: 'Håll ned Ctrl och rulla för att zooma',
    wheelHintMac: 'Håll ned ⌘ och rulla för att zooma',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    showAll: 'Visa allt',
    next6Months: 'Kommande 6 månader',
    zoomControls: 'Zoom',
    eventsLane: 'Händelser',
    stripGap: 'Glapp',
    stripWait: 'Väntan efter försteg',
    stripGreyzone: 'Gråzon',
    stripCliff: 'Slutar snart',
    today: 'I dag',
    asOf: 'Per {{date}}',
    week: 'v. {{week}}',
    gapLabel: 'Glapp {{days}} dagar, {{working}} arbetsdagar',
    waitLabel: 'Väntan efter försteg: {{days}} dagar',
    greyzoneLabel: 'Gråzon: {{from}} → {{to}}, {{days}} dagar',
    greyzoneManualLabel: 'Markerad gråzon: {{days}} dagar',
    cliffLabel: 'Slutar om {{days}} dagar – inget planerat efter.',
    cliffHeadroom: 'Möjlig förlängning: {{count}} hela månader kvar till längsta tiden',
    cliffHeadroom_one: 'Möjlig förlängning: {{count}} hel månad kvar till längsta tiden',
    cliffNoHeadroom: 'Längsta tiden är nådd',
    extension: '+{{months}} mån',
    extensionAria: 'förlängd {{text}} från {{date}}',
    exceeds: 'efter längsta tiden',
    limitMarker: 'Längsta tid {{date}}',
    barLabel: '{{name}}, {{from}} – {{to}}, {{status}}',
    barLabelProjected: '{{name}}, {{from}} – {{to}} (beräknat), {{status}}',
    barLabelOpen: '{{name}}, från {{from}}, tills vidare, {{status}}',
    mandateLabel: 'Uppdrag: {{label}}, {{from}} – {{to}}',
    keyMoved: 'Flyttad: {{name}}, {{from}} – {{to}}.',
    keyResized: 'Nytt slut: {{name}}, {{to}}.',
    mandateOpen: 'tills vidare',
    eventLabel: '{{type}} {{date}}: {{text}}',
  },
  legend: {
    heading: 'Teckenförklaring',
    categories: 'Insatstyper',
    projected: 'Beräknat slut (ljusare, streckad kant)',
    extension: 'Förlängning',
    limit: 'Längsta tid enligt regel',
    exceeds: 'Efter längsta tiden',
    cancelled: 'Inställd',
    openEnded: 'Tills vidare (inget slut)',
    mandate: 'Uppdrag utan aktivitet',
    gap: 'Glapp utan aktivitet',
    wait: 'Väntan efter försteg',
    greyzone: 'Gråzon: ingen registrerad insats eller registrerat uppdrag',
    greyzoneManual: 'Markerad gråzon',
    cliff: 'Slutar snart, inget efter',
    today: 'Referensdag',
    events: 'Händelser',
  },
  category: {
    forsteg: 'Försteg',
    matchning: 'Matchning',
    utbildning: 'Utbildning',
    praktik: 'Praktik',
    anstallning: 'Anställning',
    rehabilitering: 'Rehabilitering',
    program: 'Program (ansvar)',
    ersattning: 'Ersättning (ansvar)',
    ovrigt: 'Övrigt',
  },
  eventType: {
    decision: 'Beslut',
    assessment: 'Bedömning',
    meeting: 'Möte',
    deviation: 'Avvikelse',
    note: 'Anteckning',
  },
  // The rest of details loads with the details panel (detailsPanel.sv.ts).
  details: {
    heading: 'Detaljer',
    empty: 'Peka på, fokusera eller klicka på något i tidslinjen för att se detaljer.',
    openEnded: 'tills vidare',
    yes: 'ja',
    no: 'nej',
    mandate: 'Uppdrag',
  },
  library: {
    button: 'Resor ({{count}})',
    heading: 'Sparade resor i den här webbläsaren',
    empty: 'Inga sparade resor ännu.',
    new: 'Ny resa',
    newRef: 'Ny resa',
    open: 'Öppna',
    opened: 'öppen',
    duplicate: 'Kopiera',
    copySuffix: '(kopia)',
    rename: 'Byt namn',
    delete: 'Ta bort',
    close: 'Stäng',
    ref: 'Referens',
    name: 'Namn',
    updated: 'Senast ändrad',
    figures: 'Glapp {{gap}} d · gråzon {{grey}} d · stöd till {{until}}',
    openEnded: 'tills vidare',
    confirmDelete:
      'Ta bort resan {{ref}} från webbläsaren? Det går inte att ångra. Exportera den först om du vill spara en kopia.',
    confirmDeleteYes: 'Ta bort resan',
    renameHeading: 'Byt namn på resan',
    renameSave: 'Spara namnet',
    refRequired: 'Referensen får inte vara tom.',
    loading: 'Läser sparade resor…',
  },
  save: {
    saved: 'Sparad {{time}}',
    saving: 'Sparar…',
    notSaved: 'Inte sparad',
    unavailable: 'Webbläsaren tillåter inte lagring här. Resan sparas inte – exportera den som fil.',
    quota:
      'Lagringsutrymmet i webbläsaren är fullt. Senaste ändringarna är inte sparade, men resan på skärmen är orörd. Exportera den som fil, eller ta bort gamla resor.',
    error: 'Resan kunde inte sparas ({{message}}). Resan på skärmen är orörd; exportera den som fil.',
    retry: 'Försök spara igen',
    backupsHeading: 'Sparade data som inte kunde läsas har flyttats undan',
    backupsText: 'Inget har skrivits över. Ladda ner säkerhetskopian för att spara eller undersöka den.',
    backupItem: '{{key}} ({{reason}})',
    downloadBackup: 'Ladda ner säkerhetskopia',
    dismiss: 'Jag förstår',
    conflictHeading: 'Resan har ändrats i en annan flik',
    conflictText:
      'Samma resa sparades i en annan flik eller ett annat fönster kl. {{time}}. Dina ändringar här är inte sparade. Vad vill du göra?',
    keepMine: 'Behåll min version (skriv över den andra)',
    takeTheirs: 'Använd den andra versionen',
    saveCopy: 'Spara min som en ny resa',
    elsewhere: 'Resan har sparats i en annan flik.',
    loadTheirs: 'Ladda den nya versionen',
    keepWorking: 'Fortsätt med min',
  },
  history: {
    undo: 'Ångra',
    redo: 'Gör om',
  },
  exporting: {
    label: 'Exportera',
    json: 'Exportera resa (JSON)',
    csv: 'Exportera fynd (CSV)',
    csvHeaders: 'Fynd,Start,Slut,Dagar,Arbetsdagar,Vem/vad,Anmärkning',
    kindGap: 'Glapp',
    kindWait: 'Väntan efter försteg',
    kindGreyzone: 'Gråzon',
    kindCliff: 'Slutar snart',
  },
  guard: {
    heading: 'Något ser ut som ett personnummer',
    text: 'Använd en pseudonym referens i stället för personnummer.',
  },
  otherItems: 'Uppdrag, händelser och markeringar',
  dropzone: 'Släpp filerna för att öppna dem',
  editMode: 'Redigera i tidslinjen',
  editModeHint:
    'Dra staplar för att flytta dem, dra högerkanten för att ändra slutet. Med tangentbordet: pil flyttar en dag, Skift+pil en vecka, Alt+pil ändrar slutet.',
  addMenu: {
    label: 'Lägg till',
    intervention: 'Ny insats',
    mandate: 'Nytt uppdrag',
    event: 'Ny händelse',
    annotation: 'Ny markering',
  },
  itemActions: {
    edit: 'Ändra',
    remove: 'Ta bort',
  },
  scenarios: scenariosSv,
};

/** Every Swedish message: the first screen's and those loaded later. */
export type Catalogue = Omit<
  typeof sv,
  'cohort' | 'law' | 'a11y' | 'newJourney' | 'storage' | 'details' | 'meeting' | 'fileMode'
> & {
  fileMode: typeof fileModeSv & typeof fileModeMoreSv;
  meeting: Omit<typeof sv.meeting, 'print'> & { print: typeof sv.meeting.print & typeof printDialogSv };
  details: typeof sv.details & typeof detailsPanelSv;
  storage: typeof storageRemoveSv & typeof storageSv;
  // Opening files and their problems, and the side-by-side view: loaded with what shows them (issue #26).
  import: typeof importSv;
  issue: typeof issueSv;
  problemList: typeof problemListSv;
  safeguards: typeof safeguardsSv;
  cohortCopy: typeof cohortCopySv;
  sideBySide: typeof sideBySideSv;
  writeAhead: typeof writeAheadSv;
  edit: typeof editSv;
  cohortLoad: typeof cohortLoadSv;
  cohortFaults: typeof cohortFaultsSv;
  csvRepeats: typeof csvRepeatsSv;
  cohortTabs: typeof cohortTabsSv;
  scenarioEditor: typeof scenarioEditorSv;
  cohort: typeof cohortNavSv &
    typeof cohortSv & {
      exportSafety: typeof exportSafetySv;
      pool: typeof poolSv;
      poolMore: typeof poolMoreSv;
    };
  law: Omit<typeof sv.law, 'page'> & {
    page: typeof sv.law.page & typeof rulesPageSv;
    holiday: typeof lawHolidaySv;
    notes: typeof lawNotesSv;
  };
  a11y: Omit<typeof sv.a11y, 'statement'> & { statement: typeof sv.a11y.statement & typeof statementSv };
  newJourney: typeof sv.newJourney & { form: typeof participantSv };
};

/** The shape every language must fill: the same keys, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<Catalogue>;
