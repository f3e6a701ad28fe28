// Every Neo4j failure the server can see is turned into one of these, here and nowhere else.
// `code` is stable and meant for GraphQL `extensions.code`; `neo4jCode` keeps the original.
import { Neo4jError } from 'neo4j-driver';

export type DbErrorCode =
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_AUTH'
  | 'QUERY_TIMEOUT'
  | 'CONSTRAINT_VIOLATION'
  | 'CYPHER_SYNTAX'
  | 'QUERY_INVALID'
  | 'FORBIDDEN'
  | 'MEMORY_LIMIT'
  | 'TRANSIENT'
  | 'DATABASE_ERROR';

export interface DbErrorOptions {
  neo4jCode?: string | undefined;
  /** Name of the query that failed (a cypher file name or an inline query's label). */
  queryName?: string | undefined;
  cause?: unknown;
}

export class DbError extends Error {
  readonly code: DbErrorCode = 'DATABASE_ERROR';
  /** Whether trying again later may succeed (the driver already retried managed transactions). */
  readonly retryable: boolean = false;
  readonly neo4jCode: string | undefined;
  readonly queryName: string | undefined;

  constructor(message: string, opts: DbErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.neo4jCode = opts.neo4jCode;
    this.queryName = opts.queryName;
  }
}

/** The database cannot be reached (down, starting, restarting, network), or the session expired. */
export class DatabaseUnavailableError extends DbError {
  override readonly code = 'DATABASE_UNAVAILABLE';
  override readonly retryable = true;
}
/** Bad credentials, expired credentials or too many authentication attempts. */
export class AuthenticationError extends DbError {
  override readonly code = 'DATABASE_AUTH';
}
/** The transaction ran past its time limit (ours or the server's) and was terminated. */
export class QueryTimeoutError extends DbError {
  override readonly code = 'QUERY_TIMEOUT';
  override readonly retryable = true;
}
/** A schema constraint (for example a unique id) was violated. */
export class ConstraintError extends DbError {
  override readonly code = 'CONSTRAINT_VIOLATION';
}
/** The Cypher text does not parse: a bug in a query file, never a user error. */
export class CypherSyntaxError extends DbError {
  override readonly code = 'CYPHER_SYNTAX';
}
/** The query parsed but could not run as given: missing parameter, wrong type, bad argument. */
export class QueryInvalidError extends DbError {
  override readonly code = 'QUERY_INVALID';
}
/** Not allowed: security errors, writes on a read-only database or in a read transaction. */
export class ForbiddenError extends DbError {
  override readonly code = 'FORBIDDEN';
}
/** The query needed more memory than the transaction or the server may use. */
export class MemoryLimitError extends DbError {
  override readonly code = 'MEMORY_LIMIT';
  override readonly retryable = true;
}
/** Another transient failure (deadlock, leader switch) that outlasted the driver's retries. */
export class TransientDbError extends DbError {
  override readonly code = 'TRANSIENT';
  override readonly retryable = true;
}

type ErrorClass = new (message: string, opts?: DbErrorOptions) => DbError;

/** Exact codes first, then prefixes; the first match wins. */
const exact: Record<string, ErrorClass> = {
  ServiceUnavailable: DatabaseUnavailableError,
  SessionExpired: DatabaseUnavailableError,
  'Neo.TransientError.General.DatabaseUnavailable': DatabaseUnavailableError,
  'Neo.ClientError.Database.DatabaseNotFound': DatabaseUnavailableError,
  'Neo.ClientError.Security.Unauthorized': AuthenticationError,
  'Neo.ClientError.Security.AuthenticationRateLimit': AuthenticationError,
  'Neo.ClientError.Security.CredentialsExpired': AuthenticationError,
  'Neo.ClientError.Security.TokenExpired': AuthenticationError,
  'Neo.ClientError.Statement.SyntaxError': CypherSyntaxError,
  'Neo.ClientError.Statement.AccessMode': ForbiddenError,
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase': ForbiddenError,
  'Neo.TransientError.Transaction.LockClientStopped': QueryTimeoutError,
  'Neo.TransientError.Transaction.Terminated': QueryTimeoutError,
  'Neo.ClientError.Transaction.Terminated': QueryTimeoutError,
};
const prefixes: Array<[string, ErrorClass]> = [
  // TransactionTimedOut and TransactionTimedOutClientConfiguration.
  ['Neo.ClientError.Transaction.TransactionTimedOut', QueryTimeoutError],
  ['Neo.ClientError.Schema.ConstraintValidationFailed', ConstraintError],
  ['Neo.ClientError.Schema.', ConstraintError],
  ['Neo.ClientError.Security.', ForbiddenError],
  // MemoryPoolOutOfMemoryError, TransactionOutOfMemoryError, OutOfMemoryError.
  ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', MemoryLimitError],
  ['Neo.TransientError.General.TransactionMemoryLimit', MemoryLimitError],
  ['Neo.TransientError.General.TransactionOutOfMemoryError', MemoryLimitError],
  ['Neo.TransientError.General.OutOfMemoryError', MemoryLimitError],
  ['Neo.ClientError.Statement.', QueryInvalidError],
  ['Neo.ClientError.Procedure.', QueryInvalidError],
  ['Neo.TransientError.', TransientDbError],
];

/** The typed error class for a Neo4j status code (or the driver's own codes). */
export function errorClassFor(neo4jCode: string | undefined): ErrorClass {
  if (!neo4jCode) return DbError;
  const hit = exact[neo4jCode];
  if (hit) return hit;
  for (const [prefix, cls] of prefixes) if (neo4jCode.startsWith(prefix)) return cls;
  return DbError;
}

function firstLine(s: string): string {
  const line = s.split('\n', 1)[0] ?? '';
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}

/** Maps anything thrown by the driver to a DbError; other errors (ours, the caller's) pass through. */
export function toDbError(err: unknown, queryName?: string): unknown {
  if (err instanceof DbError) return err;
  const code = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  if (err instanceof Error && (err instanceof Neo4jError || (typeof code === 'string' && code.startsWith('Neo.')))) {
    const Cls = errorClassFor(typeof code === 'string' ? code : undefined);
    const where = queryName ? ` (query ${queryName})` : '';
    return new Cls(`${firstLine(err.message)}${where}`, { neo4jCode: String(code), queryName, cause: err });
  }
  return err;
}

/** True for errors that mean "the database is not there": useful for health checks. */
export function isUnavailable(err: unknown): boolean {
  return err instanceof DatabaseUnavailableError;
}
