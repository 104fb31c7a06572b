/**
 * The participant form's values: the reference, name and birth year, the reference day
 * (journey `asOf`, or "today" when it is left out) and whether the journey is closed.
 * The draft is checked with the importer's own rules (`journeyFromData`) after a few
 * checks of its own that the file format leaves open (a plausible four-digit year).
 */
import {
  type Issue,
  type IssueCode,
  type IssueParams,
  type Journey,
  type ParticipantDetails,
  findPersonnummer,
  isIsoDate,
  journeyFromData,
  withParticipant,
} from '../domain';

const issue = (path: string, code: IssueCode, message: string, params?: IssueParams): Issue =>
  params ? { path, code, message, params } : { path, code, message };

export type ParticipantDraft = {
  ref: string;
  name: string;
  birthYear: string;
  /** `today`: no `asOf` in the journey (the app uses today's date). */
  asOfMode: 'today' | 'date';
  asOf: string;
  closed: boolean;
  closedDate: string;
  closedReason: string;
};

export const PARTICIPANT_FIELDS = ['ref', 'name', 'birthYear', 'asOf', 'closedDate', 'closedReason'] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

export const MIN_BIRTH_YEAR = 1900;

/** The journey's present values as a draft (an empty one for a new journey). */
export function draftOf(journey: Journey | null): ParticipantDraft {
  return {
    ref: journey?.participant.ref ?? '',
    name: journey?.participant.name ?? '',
    birthYear: journey?.participant.birthYear === undefined ? '' : String(journey.participant.birthYear),
    asOfMode: journey?.asOf ? 'date' : 'today',
    asOf: journey?.asOf ?? '',
    closed: Boolean(journey?.closed),
    closedDate: journey?.closed?.date ?? '',
    closedReason: journey?.closed?.reason ?? '',
  };
}

/** The details a draft stands for (not yet checked). */
export function detailsOf(draft: ParticipantDraft): ParticipantDetails {
  const name = draft.name.trim();
  const year = draft.birthYear.trim();
  return {
    participant: {
      ref: draft.ref.trim(),
      ...(name ? { name } : {}),
      ...(year ? { birthYear: Number(year) } : {}),
    },
    ...(draft.asOfMode === 'date' ? { asOf: draft.asOf.trim() } : {}),
    closed: draft.closed ? { date: draft.closedDate.trim(), reason: draft.closedReason.trim() } : null,
  };
}

const FIELD_OF_PATH: Record<string, ParticipantField> = {
  'participant.ref': 'ref',
  'participant.name': 'name',
  'participant.birthYear': 'birthYear',
  asOf: 'asOf',
  closed: 'closedDate',
  'closed.date': 'closedDate',
  'closed.reason': 'closedReason',
};

export type ParticipantCheck = {
  fields: Partial<Record<ParticipantField, Issue[]>>;
  /** Text that looks like a personnummer (a warning: saving is still allowed, as in the item forms). */
  personnummer: Issue[];
  details: ParticipantDetails | null;
};

/** Checks a draft against `journey` (the one edited, or an empty one for a new journey). */
export function checkParticipant(draft: ParticipantDraft, journey: Journey, thisYear: number): ParticipantCheck {
  const fields: ParticipantCheck['fields'] = {};
  const add = (field: ParticipantField, e: Issue) => (fields[field] ??= []).push(e);
  const details = detailsOf(draft);
  const ref = details.participant.ref;
  if (ref === '') add('ref', issue('participant.ref', 'required', 'required'));
  const year = draft.birthYear.trim();
  if (year !== '') {
    const path = 'participant.birthYear';
    if (!/^\d{4}$/.test(year)) add('birthYear', issue(path, 'invalid', 'not a four-digit year', { value: year }));
    else if (Number(year) < MIN_BIRTH_YEAR)
      add('birthYear', issue(path, 'tooSmall', 'too early', { value: year, min: MIN_BIRTH_YEAR }));
    else if (Number(year) > thisYear)
      add('birthYear', issue(path, 'tooBig', 'in the future', { value: year, max: thisYear }));
  }
  if (details.asOf !== undefined && !isIsoDate(details.asOf))
    add('asOf', issue('asOf', details.asOf === '' ? 'required' : 'notDate', 'not a date', { value: details.asOf }));
  if (details.closed) {
    const { date, reason } = details.closed;
    if (!isIsoDate(date))
      add('closedDate', issue('closed.date', date === '' ? 'required' : 'notDate', 'not a date', { value: date }));
    if (reason === '') add('closedReason', issue('closed.reason', 'required', 'required'));
  }
  // The importer's rules for the rest (a text too long, say), at the same fields.
  if (Object.keys(fields).length === 0) {
    const result = journeyFromData(withParticipant(journey, details));
    for (const e of result.ok ? [] : result.errors) {
      const field = FIELD_OF_PATH[e.path];
      if (field) add(field, e);
    }
  }
  const personnummer = findPersonnummer({ participant: details.participant, closed: details.closed });
  return { fields, personnummer, details: Object.keys(fields).length === 0 ? details : null };
}
