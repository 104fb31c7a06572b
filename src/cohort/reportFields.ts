/**
 * What the draft's fields start with, filled from the cohort where it can: the period the
 * journeys cover (`journeySpan`: the first and the last date in them, no later than the reference day), the
 * report's date (the reference day: the day the figures were read) and the usual recipients.
 */
import type { Span } from '../domain';
import type { ReportFields } from './lexHeller';
import type { Words } from './say';

export function startingFields(span: Span | null, asOf: string, w: Words): ReportFields {
  return {
    forbund: '',
    role: '',
    date: asOf,
    recipients: w.say('report.fields.recipientsDefault'),
    periodFrom: span?.from ?? '',
    periodTo: span?.to ?? '',
  };
}
