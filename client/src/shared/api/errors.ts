import type { GraphQLErrorEntry } from './types';

/**
 * Why a request failed, so the UI can say something useful:
 * - network: fetch rejected (offline, server down), or a proxy answered a
 *   non-JSON 5xx because it could not reach the server
 * - http: any other non-2xx answer without a GraphQL body (e.g. 404)
 * - graphql: the server answered with an `errors` array
 * - parse: the answer was not the JSON we expected
 * - unknown: anything else thrown on the way (a bug, not an outage)
 */
export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'parse' | 'unknown';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly graphqlErrors: GraphQLErrorEntry[];

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; graphqlErrors?: GraphQLErrorEntry[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.graphqlErrors = options.graphqlErrors ?? [];
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Aborts are not failures: the component asking has gone away. */
export function isAbortError(value: unknown): boolean {
  return value instanceof DOMException && value.name === 'AbortError';
}

/** True for the server's "sign in first" / "token no longer valid" errors. */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.graphqlErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}
