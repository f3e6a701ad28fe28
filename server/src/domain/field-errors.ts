// Field-level errors: what an edit returns instead of throwing when its input is wrong. The
// client shows `message` next to `field`; `code` is stable for programs.
import type { z } from 'zod';

export const fieldErrorCodes = [
  'REQUIRED', // missing or empty
  'INVALID', // wrong format or out of range
  'NOT_FOUND', // an id that names no node
  'WRONG_TYPE', // an id of a node of another type
  'CONFLICT', // an id already taken
  'NO_CHANGE', // the edit would change nothing (same status, same link)
  'BACKWARD_MOVE', // a lifecycle move backwards without a reason
  'DATE_IN_FUTURE',
  'DATE_OUT_OF_ORDER', // before the date of an earlier lifecycle stage
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export interface FieldError {
  field: string;
  message: string;
  code: FieldErrorCode;
}

/** Thrown inside an edit's transaction to roll it back and answer with these errors. */
export class EditRejected extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'EditRejected';
  }
}

export function fieldError(field: string, code: FieldErrorCode, message: string): FieldError {
  return { field, code, message };
}

/** zod issues → field errors; `prefix` names the argument the input came in ("input"). */
export function fromZod(error: z.ZodError, prefix: string): FieldError[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const missing =
      (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) ||
      (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) ||
      // A refinement that says a field is needed (an inferred link's basis).
      (issue.code === 'custom' && (issue.params as { code?: string } | undefined)?.code === 'REQUIRED');
    return fieldError(field, missing ? 'REQUIRED' : 'INVALID', issue.message);
  });
}
