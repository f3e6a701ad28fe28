// Wraps the execution of heavy operations in the server-wide admission gate (admission.ts).
// Heavy: the operation selects a field whose database work (costs.ts `workCosts`, with the
// request's arguments) is at least HEAVY_WORK — gap reports, comparisons, scoped chain maps,
// targets, five lists, project reviews. Analyst Cypher is not counted here: it has its own,
// tighter gate (analyst/gate.ts). Cheap operations never wait.
import {
  getArgumentValues,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { observeAdmission, watchAdmission } from '../ops/metrics.js';
import { AdmissionGate, ServerBusyError, type AdmissionLimits } from './admission.js';
import { clientKey } from './cost-plugin.js';
import { coordinateOf, workCosts } from './costs.js';

/** Work at or above this (in cost units) makes an operation heavy: 2000 is a project review. */
export const HEAVY_WORK = 2000;
const gatedElsewhere = new Set(['Query.cypher', 'Query.runSavedQuery']);

/** The heavy fields (`Type.field`) the chosen operation selects, with their fragments. */
export function heavyFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): string[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return [];
  const only: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  const typeInfo = new TypeInfo(schema);
  const found: string[] = [];
  visit(
    only,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def) return;
        const coordinate = coordinateOf(def);
        const cost = workCosts[coordinate];
        if (cost === undefined || gatedElsewhere.has(coordinate)) return;
        let work: number;
        if (typeof cost === 'number') work = cost;
        else {
          try {
            work = cost(getArgumentValues(def, node, variables ?? {}));
          } catch {
            work = 0; // arguments that do not fit: execution refuses them before anything runs
          }
        }
        if (work >= HEAVY_WORK) found.push(coordinate);
      },
    }),
  );
  return found;
}

export function busyError(e: ServerBusyError): GraphQLError {
  return new GraphQLError(e.message, {
    extensions: {
      code: 'SERVER_BUSY',
      retryable: true,
      limit: 'heavy',
      reason: e.reason,
      retryAfterSeconds: e.retryAfterSeconds,
      http: { status: 503, headers: { 'retry-after': String(e.retryAfterSeconds) } },
    },
  });
}

interface RequestContext extends Context {
  request: Request;
}

export function admissionPlugin(limits: AdmissionLimits): Plugin<Context> & { gate: AdmissionGate } {
  const gate = new AdmissionGate(limits, { waited: observeAdmission });
  watchAdmission(gate);
  return {
    gate,
    onExecute({ args, executeFn, setExecuteFn }) {
      const heavy = heavyFields(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown>);
      if (heavy.length === 0) return;
      const ctx = args.contextValue as RequestContext;
      setExecuteFn(async (execArgs) => {
        try {
          return await gate.run(clientKey(ctx as never), async () => await executeFn(execArgs), ctx.request?.signal);
        } catch (e) {
          if (e instanceof ServerBusyError) return { errors: [busyError(e)] };
          throw e;
        }
      });
    },
  };
}
