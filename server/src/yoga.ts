// Builds the GraphQL-over-HTTP app. main.ts only listens; tests call `yoga.fetch()` in process.
//
// Around the schema: who is asking (Bearer API token or sign-in session, src/auth/), what an
// anonymous request may read (PUBLIC_READ, auth/public-read.ts), protocol limits (graphql-armor:
// depth, aliases, tokens, directives; batches), the cost budget per request and per client
// (limits/cost-plugin.ts), CSRF, CORS and introspection rules (limits/protocol.ts), masked
// errors in production and GraphiQL only in development. Database work has its per-transaction
// timeout (NEO4J_QUERY_TIMEOUT_MS) from the executor. docs/security.md lists every limit.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { IncomingMessage } from 'node:http';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createYoga, maskError as defaultMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { authenticate } from './auth/authenticate.js';
import { publicReadPlugin, type PublicRead } from './auth/public-read.js';
import { createAuthRuntime, type AuthSettings, type RequestAuth } from './auth/runtime.js';
import type { Viewer } from './auth/viewer.js';
import { createContext, type Context } from './context.js';
import { graphqlError, toGraphQLError } from './errors.js';
import type { Executor } from './db/executor.js';
import { graphqlMetricsPlugin } from './ops/graphql-metrics.js';
import { defaultAdmission, type AdmissionLimits } from './limits/admission.js';
import { admissionPlugin } from './limits/admission-plugin.js';
import { costPlugin } from './limits/cost-plugin.js';
import { defaultInputBounds, inputBoundsPlugin, type InputBounds } from './limits/input-bounds.js';
import { consistentStatusPlugin, corsOptions, csrfPlugin, introspectionPlugin } from './limits/protocol.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  executor: Executor;
  /** The credential store (accounts, sessions, token hashes): never the graph's executor. */
  authExecutor: Executor;
  /** Production masks unexpected errors completely and turns GraphiQL off. */
  production: boolean;
  /**
   * Decides who is asking from the request. Unset: the request's Bearer token (API token or
   * sign-in session) against the database. Tests set it to act as a given role.
   */
  viewerFor?: (request: Request) => Viewer | Promise<Viewer>;
  /** What anonymous requests may read (PUBLIC_READ); the public chain map by default. */
  publicRead?: PublicRead;
  /** Session lifetime and sign-in failure limits. */
  auth?: Partial<AuthSettings>;
  /** Overrides of the protocol limits below (environment, tests). */
  limits?: Partial<Limits>;
  /** Origins whose pages may call the API from a browser (CORS_ORIGINS); none: same-origin only. */
  corsOrigins?: readonly string[];
  /** Schema introspection (GRAPHQL_INTROSPECTION); default: on in development, off in production. */
  introspection?: boolean;
  /** Size bounds of any argument, variable or body (limits/input-bounds.ts). */
  inputBounds?: Partial<InputBounds>;
  /** Heavy operations at once and waiting (limits/admission.ts; HEAVY_* variables). */
  admission?: Partial<AdmissionLimits>;
}

export interface Limits {
  /** Nesting depth of an operation (fragments flattened). The deepest UI/test queries use ~8. */
  maxDepth: number;
  /** Aliased fields per operation (a cheap way to multiply work). */
  maxAliases: number;
  /**
   * Most cost one request may have, all operations of a batch together: every value the answer
   * can hold counts 1, lists multiply by their cap or page size (limits/costs.ts).
   */
  maxCost: number;
  /** A client's token bucket (per API token or session, else per address): its size … */
  clientBudget: number;
  /** … and what it regains per second. */
  clientRefillPerSecond: number;
  /** Lexical tokens in the document (caps parser work on huge documents). */
  maxTokens: number;
  maxDirectives: number;
  /** Operations in one batched (JSON array) request. */
  maxBatch: number;
}

export const defaultLimits: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 200_000,
  clientBudget: 5_000_000,
  clientRefillPerSecond: 100_000,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxBatch: 10,
};

function maskError(error: unknown, message: string, isDev?: boolean): Error {
  return toGraphQLError(error) ?? defaultMaskError(error, message, isDev);
}

/**
 * graphql-armor throws its first refusal out of validation by default, which yoga answers with a
 * 200 and no code. Reported to the validation context instead, it is an ordinary validation
 * error: 400 with `application/graphql-response+json`, and a code a client can branch on.
 */
const refuse = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) =>
      ctx?.reportError(graphqlError('QUERY_LIMIT_EXCEEDED', error.message, { http: { status: 400 } })),
  ],
};

export function createApp(opts: AppOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const limits = { ...defaultLimits, ...opts.limits };
  const runtime = createAuthRuntime({ sessionTtlSeconds: 12 * 3600, ...opts.auth });
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: async (initial) => {
      const ctx = createContext(opts.executor, opts.authExecutor);
      ctx.viewer = opts.viewerFor ? await opts.viewerFor(initial.request) : await authenticate(ctx.authDb, initial.request);
      // The TCP peer when served by node:http; proxy headers are not trusted (they are forgeable).
      const req = initial['req'] as IncomingMessage | undefined;
      const auth: RequestAuth = { ...runtime, clientAddress: req?.socket?.remoteAddress ?? 'local' };
      return { ...ctx, auth };
    },
    cors: corsOptions(opts.corsOrigins ?? []),
    plugins: [
      // Everything but a JSON POST must carry the CSRF header (limits/protocol.ts).
      csrfPlugin(),
      consistentStatusPlugin(),
      inputBoundsPlugin({ ...defaultInputBounds, ...opts.inputBounds }),
      introspectionPlugin(opts.introspection ?? !opts.production),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true, ...refuse },
        maxAliases: { n: limits.maxAliases, exposeLimits: true, ...refuse },
        // Cost is ours (plugin-complexity with list sizes), checked in costPlugin below.
        costLimit: { enabled: false },
        // Counted while parsing, before there is a validation context: it throws a syntax error.
        maxTokens: { n: limits.maxTokens, exposeLimits: true },
        maxDirectives: { n: limits.maxDirectives, exposeLimits: true, ...refuse },
        // "Did you mean …?" hints describe the schema to a prober; keep them in development.
        blockFieldSuggestion: { enabled: opts.production },
      }) as Plugin,
      publicReadPlugin(opts.publicRead ?? 'chain-map'),
      // /metrics: operations, durations, errors by code, refusals by limit.
      graphqlMetricsPlugin(),
      // After the public-read check: a refused anonymous operation costs its client nothing.
      costPlugin(limits),
      // After the cost check: a refused operation never takes a place in the heavy queue.
      admissionPlugin({ ...defaultAdmission(), ...opts.admission }),
    ],
    batching: { limit: limits.maxBatch },
    maskedErrors: { maskError, isDev: !opts.production },
    graphiql: !opts.production && { title: '产业链图谱 GraphQL' },
    landingPage: false,
    logging: opts.production ? 'warn' : 'info',
  });
}
