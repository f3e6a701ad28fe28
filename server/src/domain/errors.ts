// The errors a rule or a read can raise about the request itself (bad input, unknown id, a
// conflict). They carry a stable `code` and know nothing of GraphQL: ../errors.ts turns them into
// GraphQL errors with `extensions.code`, so the codes clients rely on are mapped in one place.

/** Stable codes of domain errors; they are the GraphQL `extensions.code` values too. */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'NO_CHANGE' | 'REQUIRED';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Further facts for the client (which field, what was expected); copied into extensions. */
  readonly details: Record<string, unknown>;

  constructor(code: DomainErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** The request's input is wrong: names what and where in the message. */
export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError('BAD_USER_INPUT', message, details);
/** An id that names nothing (of the expected kind). */
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
