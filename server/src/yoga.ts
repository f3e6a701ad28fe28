// Builds the GraphQL-over-HTTP app. main.ts only listens; tests call `yoga.fetch()` in process.
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import { anonymous, type Viewer } from './auth/viewer.js';
import { createContext, type Context } from './context.js';
import { DbError } from './db/errors.js';
import type { Executor } from './db/executor.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  executor: Executor;
  /** Production masks unexpected errors completely and turns GraphiQL off. */
  production: boolean;
  /** Decides who is asking from the request (credentials); anonymous when unset. */
  viewerFor?: (request: Request) => Viewer | Promise<Viewer>;
}

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

export function createApp(opts: AppOptions): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: async ({ request }) => createContext(opts.executor, opts.viewerFor ? await opts.viewerFor(request) : anonymous),
    maskedErrors: { maskError, isDev: !opts.production },
    graphiql: !opts.production && { title: '产业链图谱 GraphQL' },
    landingPage: false,
    logging: opts.production ? 'warn' : 'info',
  });
}
