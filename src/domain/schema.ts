/**
 * The structure of journey format v1 (docs/format.md, "A journey, field by field") as zod schemas.
 * They check shapes and ranges and give the TypeScript types; the rules that a JSON
 * Schema cannot state (unique ids, references, an end not before its start) live in
 * `rules.ts`. Objects are loose: properties this format does not name are kept.
 * `schema/journey.v1.schema.json` is generated from these (`npm run schema`).
 */
import { z } from 'zod';
import { CATEGORIES } from './catalogue';
import { ANNOTATION_TYPES, EVENT_TYPES, FORMAT_VERSION } from './vocabulary';

export { ANNOTATION_TYPES, EVENT_TYPES, FORMAT_VERSION };

// No code generation at run time: the app runs under a CSP without 'unsafe-eval'.
// Stryker disable next-line BooleanLiteral,ObjectLiteral: equivalent for every result: zod's compiled and jitless parsers accept and reject the same (zod tries `new Function` and falls back); the difference is only a CSP violation the browser reports
z.config({ jitless: true });

const isoDate = z.iso.date();
const id = z.string().min(1).max(200);
const text = z.string().max(10_000);
const months = z.int().min(1).max(600);

export const ParticipantSchema = z.looseObject({
  ref: z.string().min(1).max(200),
  name: text.optional(),
  birthYear: z.int().min(1900).max(2100).optional(),
});

export const ActorSchema = z.looseObject({
  id,
  label: z.string().min(1).max(200),
  color: z.string().max(100).optional(),
});

export const KindSchema = z.looseObject({
  id,
  label: z.string().min(1).max(200),
  category: z.enum(CATEGORIES),
  defaultActor: id.optional(),
  maxMonthsPerDecision: months.optional(),
  maxTotalMonths: months.optional(),
  activity: z.boolean().optional(),
  parallel: z.boolean().optional(),
});

export const ExtensionSchema = z.looseObject({
  months: z.int().min(1).max(60),
  decidedOn: isoDate.optional(),
  note: text.optional(),
});

export const InterventionSchema = z.looseObject({
  id,
  kind: id,
  actor: id.optional(),
  title: text.optional(),
  notes: text.optional(),
  start: isoDate,
  end: isoDate.optional(),
  plannedEnd: isoDate.optional(),
  extensions: z.array(ExtensionSchema).optional(),
  preparatory: z.boolean().optional(),
  parallel: z.boolean().optional(),
  extent: z.number().min(1).max(100).optional(),
  /**
   * Read on `sjukpenning` only (the first day of sickness, not after `start`: `rules.ts`
   * checks it there); on other kinds it is kept as written and not read (section 2).
   */
  sickFrom: z
    .unknown()
    .optional()
    .describe(
      'On a sjukpenning: the first day of the sickness (YYYY-MM-DD, not after start); kept and not read on other kinds',
    ),
  cancelled: z.boolean().optional(),
});

export const MandateSchema = z.looseObject({
  id,
  actor: id,
  label: text.optional(),
  start: isoDate,
  end: isoDate.optional(),
});

export const EventSchema = z.looseObject({
  id,
  date: isoDate,
  type: z.enum(EVENT_TYPES),
  actor: id.optional(),
  text: text.optional(),
});

export const AnnotationSchema = z.looseObject({
  id,
  type: z.enum(ANNOTATION_TYPES),
  start: isoDate,
  end: isoDate,
  text: text.optional(),
});

const cascade = z.boolean().optional();
export const ChangeSchema = z.discriminatedUnion('op', [
  z.looseObject({ op: z.literal('extend'), intervention: id, months, cascade }),
  z.looseObject({ op: z.literal('shift'), intervention: id, days: z.int().min(-36_500).max(36_500), cascade }),
  z.looseObject({
    op: z.literal('startAfter'),
    intervention: id,
    after: id,
    gapDays: z.int().min(0).max(36_500).optional(),
  }),
  z.looseObject({ op: z.literal('add'), intervention: InterventionSchema }),
  z.looseObject({ op: z.literal('remove'), intervention: id }),
]);

export const ScenarioSchema = z.looseObject({
  id,
  name: z.string().min(1).max(200),
  changes: z.array(ChangeSchema),
});

export const ClosedSchema = z.looseObject({ date: isoDate, reason: text });

export const JourneySchema = z.looseObject({
  format: z.literal('journey'),
  version: z.literal(FORMAT_VERSION),
  id,
  participant: ParticipantSchema,
  asOf: isoDate.optional(),
  closed: ClosedSchema.nullable().optional(),
  actors: z.array(ActorSchema).optional(),
  kinds: z.array(KindSchema).optional(),
  interventions: z.array(InterventionSchema),
  mandates: z.array(MandateSchema).optional(),
  events: z.array(EventSchema).optional(),
  annotations: z.array(AnnotationSchema).optional(),
  scenarios: z.array(ScenarioSchema).optional(),
});

export const CohortSchema = z.looseObject({
  format: z.literal('cohort'),
  version: z.literal(FORMAT_VERSION),
  journeys: z.array(JourneySchema),
});

export type Journey = z.infer<typeof JourneySchema>;
export type Cohort = z.infer<typeof CohortSchema>;
export type Intervention = z.infer<typeof InterventionSchema>;
export type Mandate = z.infer<typeof MandateSchema>;
export type JourneyEvent = z.infer<typeof EventSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type CustomActor = z.infer<typeof ActorSchema>;
export type CustomKind = z.infer<typeof KindSchema>;
export type EventType = (typeof EVENT_TYPES)[number];
