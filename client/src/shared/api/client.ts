import { ApiError, isAbortError } from './errors';
import { getSessionToken } from './session-token';
import type { GraphQLErrorEntry } from './types';
import type { TypedDocumentString } from '../../gql/graphql';

/** Same origin: Vite proxies it in dev, the server serves both in production. */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface RequestOptions {
  signal?: AbortSignal;
  endpoint?: string;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

/**
 * POSTs one GraphQL operation and returns its `data`, or throws an ApiError.
 * Deliberately tiny: no cache, no retries — the UI owns those decisions.
 * Operations come from the generated `graphql()` (src/gql/), so the result and
 * variable types follow the committed server schema. There is deliberately no
 * overload for a plain string: every operation in the client is static (even the
 * analyst's Cypher and saved queries travel as variables), so an untyped one has
 * no reason to exist.
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: authHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (isAbortError(cause)) throw cause;
    throw new ApiError('network', 'GraphQL endpoint unreachable', { cause });
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch (cause) {
    if (isAbortError(cause)) throw cause;
    // GraphQL servers always answer JSON, so a non-JSON 5xx comes from a proxy
    // or gateway that could not reach it (Vite's dev proxy answers an empty 500):
    // to the user that is "server unreachable", not "server error".
    if (response.status >= 500) {
      throw new ApiError('network', `HTTP ${response.status} from proxy`, { status: response.status, cause });
    }
    if (!response.ok) {
      throw new ApiError('http', `HTTP ${response.status}`, { status: response.status, cause });
    }
    throw new ApiError('parse', 'Response was not JSON', { status: response.status, cause });
  }

  // GraphQL servers may answer errors with 200 or 4xx/5xx; the body decides.
  if (body.errors && body.errors.length > 0) {
    const message = body.errors.map((e) => e.message).join('; ');
    throw new ApiError('graphql', message, {
      status: response.status,
      graphqlErrors: body.errors,
    });
  }
  if (!response.ok) {
    throw new ApiError('http', `HTTP ${response.status}`, { status: response.status });
  }
  if (body.data == null) {
    throw new ApiError('parse', 'Response had no data', { status: response.status });
  }
  return body.data;
}

/** Adds the signed-in session's bearer token, when there is one. */
function authHeaders(headers: Record<string, string>): Record<string, string> {
  const token = getSessionToken();
  return token ? { ...headers, authorization: `Bearer ${token}` } : headers;
}
