// HTTP-level hygiene around the GraphQL endpoint: which pages may call it (CORS), which requests
// need the CSRF header, whether the schema can be introspected, and one status per refusal.
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ExecutionResult, type ValidationRule } from 'graphql';
import { graphqlError } from '../errors.js';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';

export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * CSRF: a cross-site page can make a browser send GET and "simple" POSTs (form and text/plain
 * bodies, and any other content type through `<form enctype>` tricks or no-cors fetches) without
 * a preflight. So the rule is an allowlist, not a blocklist: only a POST whose body is
 * `application/json` — which a browser sends cross-site only after a CORS preflight this server
 * answers for CORS_ORIGINS alone — passes without the header; everything else needs it.
 */
export function csrfPlugin(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.headers.has(CSRF_HEADER)) return;
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (request.method === 'POST' && mediaType === 'application/json') return;
      throw graphqlError(
        'CSRF_HEADER_REQUIRED',
        `Send the ${CSRF_HEADER} header with this request (only application/json POSTs go without it).`,
        {
          http: { status: 403 },
        },
      );
    },
  };
}

/**
 * CORS from an allowlist of origins (CORS_ORIGINS). Unset or empty: no CORS headers at all, so
 * browsers allow same-origin calls only. Credentials (cookies) are never allowed: the API
 * authenticates with an Authorization header, which the allowlisted page sends itself.
 */
export function corsOptions(origins: readonly string[]): YogaServerOptions<object, object>['cors'] {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', CSRF_HEADER],
      maxAge: 600,
    };
  };
}

/** Introspection (`__schema`, `__type`) refused with a code; `__typename` stays allowed. */
export function introspectionPlugin(enabled: boolean): Plugin {
  if (enabled) return {};
  const rule: ValidationRule = (context) => {
    // The same context with its errors re-worded and coded (its methods stay on the prototype).
    const coded = Object.create(context) as typeof context;
    let reported = false;
    coded.reportError = (error: GraphQLError) =>
      !reported &&
      (reported = true) &&
      context.reportError(
        graphqlError(
          'INTROSPECTION_DISABLED',
          'Introspection is turned off on this server (GRAPHQL_INTROSPECTION).',
          { http: { status: 400 } },
          { nodes: error.nodes },
        ),
      );
    return NoSchemaIntrospectionCustomRule(coded);
  };
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

/**
 * One status per refusal, whatever the Accept header: yoga answers a request refused before it
 * ran (parse and validation errors, our limits) with 400 for application/graphql-response+json
 * but 200 for application/json, as the GraphQL-over-HTTP spec allows for legacy clients. Here
 * every such error keeps its 4xx for both, so a refused request never looks like a success.
 * Errors raised while executing (with `data`) stay 200 unless their code sets a status.
 */
export function consistentStatusPlugin(): Plugin {
  const fix = (result: ExecutionResult): ExecutionResult => {
    if (!result.errors?.length) return result;
    let changed = false;
    const errors = result.errors.map((error) => {
      const http = error.extensions?.http as { spec?: boolean; status?: number; headers?: Record<string, string> } | undefined;
      if (!http?.spec) return error;
      changed = true;
      const { spec: _spec, ...rest } = http;
      return new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError,
        extensions: { ...error.extensions, code: error.extensions?.code ?? 'BAD_REQUEST', http: { ...rest, status: rest.status ?? 400 } },
      });
    });
    return changed ? { ...result, errors } : result;
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((r) => fix(r as ExecutionResult)));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(fix(result as ExecutionResult));
    },
  };
}
