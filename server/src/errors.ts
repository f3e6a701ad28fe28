// The one place GraphQL errors are made. Every error a client sees carries a stable
// `extensions.code` (clients and tests branch on it, so the codes never change); domain errors
// (domain/errors.ts) and database errors (db/errors.ts) are mapped here, in yoga's maskError, so
// rules and reads never import GraphQL. Anything else is masked as an unexpected error.
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { ParamError } from './analyst-cypher/catalogue.js';
import { AnalystBusyError } from './analyst-cypher/gate.js';
import { QueryRefused } from './analyst-cypher/guard.js';
import { DbError } from './db/errors.js';
import { DomainError } from './domain/errors.js';

/** Every `extensions.code` the server itself sets (yoga and graphql-armor add their own). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UPLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NO_CHANGE'
  | 'REQUIRED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'ANALYST_BUSY'
  | 'SERVER_BUSY'
  | 'QUERY_TIMEOUT'
  | 'MEMORY_LIMIT'
  | 'QUERY_TOO_COSTLY'
  | 'QUERY_LIMIT_EXCEEDED'
  | 'CSRF_HEADER_REQUIRED'
  | 'INTROSPECTION_DISABLED'
  | 'DATABASE_UNAVAILABLE'
  | 'TRANSIENT';

type Extensions = Record<string, unknown>;

/** A GraphQL error with its code first in `extensions`, then any further facts. */
export function graphqlError(
  code: ErrorCode,
  message: string,
  extensions: Extensions = {},
  options: Omit<GraphQLErrorOptions, 'extensions'> = {},
): GraphQLError {
  return new GraphQLError(message, { ...options, extensions: { code, ...extensions } });
}

/** BAD_USER_INPUT: the message names what and where; `extra` adds facts (param, limit, issues). */
export const badUserInput = (message: string, extra: Extensions = {}) => graphqlError('BAD_USER_INPUT', message, extra);

/** FORBIDDEN without an HTTP status (the request itself was fine; this one field was not). */
export const forbidden = (message: string, extra: Extensions = {}) => graphqlError('FORBIDDEN', message, extra);

/** Anonymous where a role is needed (401), or too weak a role (403). */
export function roleRefusal(signedIn: boolean, needed: string): GraphQLError {
  return signedIn
    ? graphqlError('FORBIDDEN', `This needs the ${needed} role.`, { http: { status: 403 } })
    : graphqlError('UNAUTHENTICATED', 'Sign in to do this.', { http: { status: 401 } });
}

/** What a client may be told about a database failure: a stable code, never the Cypher. */
const dbMessages: Record<string, string> = {
  DATABASE_UNAVAILABLE: 'The graph database is unavailable; try again shortly.',
  QUERY_TIMEOUT: 'The query took too long and was stopped.',
  MEMORY_LIMIT: 'The query needed more memory than allowed.',
  TRANSIENT: 'The database was busy; try again.',
};

/**
 * The client's view of an error a resolver threw, or null when it is not ours to word (it is then
 * masked, or passed as it is when already a GraphQL error).
 */
export function toGraphQLError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    const located =
      error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
    return graphqlError(original.code, original.message, original.details, located);
  }
  if (original instanceof DbError && dbMessages[original.code]) {
    return new GraphQLError(dbMessages[original.code]!, {
      extensions: { code: original.code, retryable: original.retryable },
    });
  }
  return null;
}

/** The Neo4j message without our " (query …)" suffix. */
function neo4jMessage(e: DbError): string {
  return e.message.replace(/ \(query [^)]*\)$/, '');
}

/** Maps the analyst path's failures to GraphQL errors with stable codes. */
export function analystError(e: unknown): unknown {
  if (e instanceof QueryRefused) {
    return forbidden(e.message, { reason: e.reason, http: { status: 403 } });
  }
  if (e instanceof ParamError) return badUserInput(e.message, { param: e.param, problem: e.problem, expected: e.expected });
  if (e instanceof AnalystBusyError) {
    return graphqlError('ANALYST_BUSY', e.message, {
      retryable: true,
      http: { status: 503, headers: { 'retry-after': String(e.retryAfterSeconds) } },
    });
  }
  if (e instanceof DbError) {
    switch (e.code) {
      case 'CYPHER_SYNTAX':
      case 'QUERY_INVALID':
        // problem: the client words it (zh/en) and shows Neo4j's own text only as the detail.
        return badUserInput(neo4jMessage(e), { neo4jCode: e.neo4jCode, problem: 'CYPHER_ERROR' });
      case 'FORBIDDEN':
        return forbidden(`Analyst queries are read-only: ${neo4jMessage(e)}`, { reason: 'READ_ONLY', http: { status: 403 } });
      case 'QUERY_TIMEOUT':
        return graphqlError('QUERY_TIMEOUT', 'The query took too long and was stopped.', { retryable: false });
      case 'MEMORY_LIMIT':
        return graphqlError('MEMORY_LIMIT', 'The query needed more memory than an analyst query may use.', { retryable: false });
    }
  }
  return e;
}
