/**
 * Problems found in a file: where (a JavaScript-style path), what (an English
 * sentence, the contract's wording), and a code with parameters so that the UI can
 * say the same in the reader's language.
 */
import type { z } from 'zod';
import { isRawNumber } from './lossless';

export type IssueCode =
  | 'tooLarge'
  | 'notText'
  | 'notJson'
  | 'notObject'
  | 'wrongFormat'
  | 'newerVersion'
  | 'badVersion'
  | 'required'
  | 'wrongType'
  | 'notDate'
  | 'tooSmall'
  | 'tooBig'
  | 'tooShort'
  | 'tooLong'
  | 'notOneOf'
  | 'unknownOp'
  | 'duplicateId'
  | 'unknownKind'
  | 'unknownActor'
  | 'noActor'
  | 'endBeforeStart'
  | 'sickFromAfterStart'
  | 'unknownIntervention'
  | 'kindUnavailable'
  | 'ageUncertain'
  | 'badColor'
  | 'replacesBuiltIn'
  | 'openEnded'
  | 'noEnd'
  | 'outOfRange'
  | 'personnummer'
  | 'afterMaxDate'
  | 'duplicateKey'
  | 'notUtf8'
  | 'tooDeep'
  | 'notAllowed'
  | 'invalid';

export type IssueParams = Record<string, string | number>;

export type Issue = { path: string; message: string; code: IssueCode; params?: IssueParams };

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['interventions', 3, 'start']` → `interventions[3].start`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    // A number is never an identifier: it is written in brackets, as JSON writes it (`[3]`).
    if (IDENTIFIER.test(String(seg))) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A value shown inside a message: JSON (a number with more digits than a double holds as written), shortened. */
export function showValue(value: unknown): string {
  let s: string;
  try {
    s = isRawNumber(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function issue(
  path: readonly PathSegment[] | string,
  code: IssueCode,
  message: string,
  params?: IssueParams,
): Issue {
  const p = typeof path === 'string' ? path : formatPath(path);
  return params ? { path: p, code, message, params } : { path: p, code, message };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isRawNumber(value)) return 'a number';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** What a field expects, in words; zod's own name for a type no schema here expects. */
function expectedName(expected: string): string {
  // Made per call, not when the module loads, so that a mutation run can switch its words (docs/mutation.md).
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    record: 'an object',
    array: 'a list',
    tuple: 'a list',
  };
  return names[expected] ?? expected;
}

/** Zod's issues in Resan's words, each at its path under `prefix`. */
export function fromZodIssues(list: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  return list.flatMap((zi) => {
    const path = [...prefix, ...(zi.path as PathSegment[])];
    // A strict object (the figures file's) names each property it does not allow at that property's own path.
    if (zi.code === 'unrecognized_keys') {
      return zi.keys.map((key) =>
        issue([...path, key], 'notAllowed', 'is not allowed: the format has no such property'),
      );
    }
    return [fromZodIssue(zi, path)];
  });
}

/** One zod issue in Resan's words, at `path`. */
function fromZodIssue(zi: z.core.$ZodIssue, path: readonly PathSegment[]): Issue {
  const hasInput = 'input' in zi && zi.input !== undefined;
  const input = hasInput ? (zi as { input: unknown }).input : undefined;
  const value = showValue(input);
  // A value that is not there (JSON has no undefined): whatever its schema, it is missing.
  if (!hasInput) return issue(path, 'required', 'is required');
  switch (zi.code) {
    case 'invalid_type': {
      const expected = expectedName(zi.expected);
      return issue(path, 'wrongType', `${value} is ${typeName(input)}, expected ${expected}`, {
        value,
        expected: zi.expected,
      });
    }
    case 'invalid_format':
      if (zi.format === 'date') return issue(path, 'notDate', `${value} is not a date`, { value });
      break;
    case 'too_big': {
      const max = Number(zi.maximum);
      if (zi.origin === 'string') return issue(path, 'tooLong', `is longer than ${max} characters`, { max });
      return issue(path, 'tooBig', `${value} is more than ${max}`, { value, max });
    }
    case 'too_small': {
      const min = Number(zi.minimum);
      // Every text with a minimum length (an id, a label, a reference) has 1: too short is empty.
      if (zi.origin === 'string') return issue(path, 'tooShort', 'is empty', { min });
      return issue(path, 'tooSmall', `${value} is less than ${min}`, { value, min });
    }
    case 'invalid_value': {
      const allowed = zi.values.map((v) => showValue(v)).join(', ');
      return issue(path, 'notOneOf', `${value} is not one of ${allowed}`, { value, allowed });
    }
    case 'invalid_union': {
      // A union told apart by a property is a scenario change by its `op` (ChangeSchema): zod has
      // checked that the change is an object, and the issue's path ends at `op`.
      const disc = (zi as { discriminator?: string }).discriminator;
      if (disc) {
        const op = (input as Record<string, unknown>)[disc];
        if (op === undefined) return issue(path, 'required', 'is required');
        const shown = showValue(op);
        return issue(path, 'unknownOp', `${shown} is not a known change (extend, shift, startAfter, add, remove)`, {
          value: shown,
        });
      }
      break;
    }
  }
  // Any other: a text of the wrong form (not a date), a value none of a union's options takes.
  return issue(path, 'invalid', `${value} is not valid`, { value });
}
