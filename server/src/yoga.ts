// Builds the GraphQL-over-HTTP app. main.ts only listens; tests call `yoga.fetch()` in process.
//
// Around the schema: who is asking (Bearer API token or sign-in session, src/auth/), what an
// anonymous request may read (PUBLIC_READ, auth/public-read.ts), protocol limits (graphql-armor:
// depth, aliases, cost, tokens, directives; batches), CSRF prevention, masked errors in
// production and GraphiQL only in development. Database work has its per-transaction timeout
// (NEO4J_QUERY_TIMEOUT_MS) from the executor.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, type ValidationContext } from 'graphql';
import { createYoga, maskError as defaultMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { authenticate } from './auth/authenticate.js';
import { publicReadPlugin, type PublicRead } from './auth/public-read.js';
import { createAuthRuntime, type AuthSettings, type RequestAuth } from './auth/runtime.js';
import type { Viewer } from './auth/viewer.js';
import { createContext, type Context } from './context.js';
import { DbError } from './db/errors.js';
import type { Executor } from './db/executor.js';
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
  /** Overrides of the protocol limits below (tests). */
  limits?: Partial<Limits>;
}

export interface Limits {
  /** Nesting depth of an operation (fragments flattened). The deepest UI/test queries use ~8. */
  maxDepth: number;
  /** Aliased fields per operation (a cheap way to multiply work). */
  maxAliases: number;
  /** graphql-armor's cost: objects 2, scalars 1, times 1.5 per level of depth. */
  maxCost: number;
  /** Lexical tokens in the document (caps parser work on huge documents). */
  maxTokens: number;
  maxDirectives: number;
  /** Operations in one batched (JSON array) request. */
  maxBatch: number;
}

export const defaultLimits: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxBatch: 10,
};

/** What a client may be told about a database failure: a stable code, never the Cypher. */
const dbMessages: Record<string, string> = {
  DATABASE_UNAVAILABLE: 'The graph database is unavailable; try again shortly.',
  QUERY_TIMEOUT: 'The query took too long and was stopped.',
  MEMORY_LIMIT: 'The query needed more memory than allowed.',
  TRANSIENT: 'The database was busy; try again.',
};

function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DbError && dbMessages[original.code]) {
    return new GraphQLError(dbMessages[original.code]!, {
      extensions: { code: original.code, retryable: original.retryable },
    });
  }
  return defaultMaskError(error, message, isDev);
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
      ctx?.reportError(new GraphQLError(error.message, { extensions: { code: 'QUERY_LIMIT_EXCEEDED' } })),
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
    plugins: [
      // Forms and simple GETs (no preflight) must carry this header: a cross-site page cannot
      // add it without a CORS preflight. The client's JSON POSTs are preflighted and pass.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true, ...refuse },
        maxAliases: { n: limits.maxAliases, exposeLimits: true, ...refuse },
        costLimit: { maxCost: limits.maxCost, exposeLimits: true, ...refuse },
        // Counted while parsing, before there is a validation context: it throws a syntax error.
        maxTokens: { n: limits.maxTokens, exposeLimits: true },
        maxDirectives: { n: limits.maxDirectives, exposeLimits: true, ...refuse },
        // "Did you mean …?" hints describe the schema to a prober; keep them in development.
        blockFieldSuggestion: { enabled: opts.production },
      }) as Plugin,
      publicReadPlugin(opts.publicRead ?? 'chain-map'),
    ],
    batching: { limit: limits.maxBatch },
    maskedErrors: { maskError, isDev: !opts.production },
    graphiql: !opts.production && { title: '产业链图谱 GraphQL' },
    landingPage: false,
    logging: opts.production ? 'warn' : 'info',
  });
}
