// The cost budget, checked before an operation runs: its cost is estimated by
// @pothos/plugin-complexity from the field costs of limits/costs.ts and the request's arguments
// and variables, then checked against
//   1. the per-request limit (maxCost), summed over the operations of a batched request, so
//      aliases and batches cannot multiply work past it (QUERY_TOO_COSTLY, 400);
//   2. the client's token bucket (keyed by API token or session, else by client address), so
//      many cheap requests cannot either (RATE_LIMITED, 429 with Retry-After).
// Both refusals say which limit, the cost and the limit in `extensions`.
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { Kind, type DocumentNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { graphqlError } from '../errors.js';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { TokenBuckets } from './token-bucket.js';

export interface CostLimits {
  /** Most cost one request may have (all operations of a batch together). */
  maxCost: number;
  /** A client's bucket: most cost at once, and cost given back per second. */
  clientBudget: number;
  clientRefillPerSecond: number;
}

/** The estimated cost of the operation a request runs, or null when it cannot be estimated. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  ctx: object = {},
): number | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const only: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  try {
    return complexityFromQuery(only, { schema, ctx, variables: variables ?? {} }).complexity;
  } catch {
    // Variables that do not fit the operation: execution refuses them before any resolver runs.
    return null;
  }
}

export function refusal(
  code: 'QUERY_TOO_COSTLY' | 'RATE_LIMITED',
  message: string,
  extensions: Record<string, unknown>,
  http: Record<string, unknown>,
): GraphQLError {
  return graphqlError(code, message, { ...extensions, http });
}

interface RequestContext extends Context {
  request: Request;
  auth?: { clientAddress: string };
}

/** Who pays: the credential (token or session) when signed in, else the client address. */
export function clientKey(ctx: RequestContext): string {
  const credential = ctx.viewer.credential;
  if (credential) return `${credential.kind}:${credential.id}`;
  if (ctx.viewer.userId) return `user:${ctx.viewer.userId}`;
  return `address:${ctx.auth?.clientAddress ?? 'local'}`;
}

export function costPlugin(limits: CostLimits): Plugin<Context> & { buckets: TokenBuckets } {
  const buckets = new TokenBuckets({ capacity: limits.clientBudget, refillPerSecond: limits.clientRefillPerSecond });
  const spentByRequest = new WeakMap<Request, number>();
  return {
    buckets,
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as RequestContext;
      const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown>, ctx);
      if (cost === null) return;
      const rounded = Math.ceil(cost);
      const before = spentByRequest.get(ctx.request) ?? 0;
      if (before + rounded > limits.maxCost) {
        const batch = before > 0 ? ` (with the ${before} this request's other operations cost)` : '';
        setResultAndStopExecution({
          errors: [
            refusal(
              'QUERY_TOO_COSTLY',
              `This operation could cost ${rounded}${batch}; the limit per request is ${limits.maxCost}. Ask for fewer or smaller lists (first, limit), fewer aliases or fewer operations per batch.`,
              { limit: 'maxCost', cost: before + rounded, maxCost: limits.maxCost },
              { status: 400 },
            ),
          ],
        });
        return;
      }
      const take = buckets.take(clientKey(ctx), Math.max(1, rounded));
      if (!take.ok) {
        setResultAndStopExecution({
          errors: [
            refusal(
              'RATE_LIMITED',
              `This operation could cost ${rounded}; your budget has ${take.available} of ${limits.clientBudget} left (it refills ${limits.clientRefillPerSecond} per second). Try again in ${take.retryAfterSeconds} s.`,
              {
                limit: 'clientBudget',
                cost: rounded,
                available: take.available,
                clientBudget: limits.clientBudget,
                retryAfterSeconds: take.retryAfterSeconds,
              },
              { status: 429, headers: { 'retry-after': String(take.retryAfterSeconds) } },
            ),
          ],
        });
        return;
      }
      spentByRequest.set(ctx.request, before + rounded);
    },
  };
}
