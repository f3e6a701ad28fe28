// A yoga plugin that feeds /metrics: each executed operation's count and duration by name and
// type, every error in a response by extensions.code, and the refusals among them by limit.
import type { DocumentNode, ExecutionResult, GraphQLError, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { countRefusal, graphqlDuration, graphqlErrors, graphqlOperations, operationLabel } from './metrics.js';

/** Which limit refused a request, from the error graphql-armor or yoga wrote (see yoga.ts). */
export function refusedLimit(error: Pick<GraphQLError, 'message' | 'extensions'>): string | undefined {
  const code = error.extensions?.['code'];
  // Refusals that name their limit (the cost budget, the heavy-operation gate): counted where
  // they are decided (admission) or here by that name.
  if (code === 'SERVER_BUSY') return undefined;
  if (code === 'RATE_LIMITED') return error.extensions?.['limit'] === 'clientBudget' ? 'client-budget' : 'sign-in';
  if (/batching is limited/i.test(error.message)) return 'batch';
  if (code !== 'QUERY_LIMIT_EXCEEDED' && !/limit of \d+ exceeded/i.test(error.message)) return undefined;
  const m = /\b(depth|aliases|cost|token|directives)\b/i.exec(error.message);
  return m ? m[1]!.toLowerCase().replace(/^token$/, 'tokens') : 'other';
}

function countErrors(errors: readonly Pick<GraphQLError, 'message' | 'extensions'>[] | undefined): void {
  for (const error of errors ?? []) {
    const code = error.extensions?.['code'];
    graphqlErrors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'UNCODED' });
    const limit = refusedLimit(error);
    if (limit) countRefusal(limit);
  }
}

export function graphqlMetricsPlugin(): Plugin {
  return {
    onExecute({ args }) {
      const definitions = (args.document as DocumentNode).definitions;
      const operation = definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === 'OperationDefinition' && (!args.operationName || d.name?.value === args.operationName),
      );
      const labels = { operation: operationLabel(operation?.name?.value), type: operation?.operation ?? 'unknown' };
      const end = graphqlDuration.startTimer(labels);
      return {
        onExecuteDone() {
          end();
          graphqlOperations.inc(labels);
        },
      };
    },
    onResultProcess({ result }) {
      const results = (Array.isArray(result) ? result : [result]) as unknown[];
      for (const r of results) {
        // Streams (subscriptions, @defer) are not used by this API; only plain results count.
        if (r && typeof r === 'object' && !(Symbol.asyncIterator in r)) countErrors((r as ExecutionResult).errors);
      }
    },
  };
}
