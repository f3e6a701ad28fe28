// Analyst queries: the saved-query catalogue (`cypher/queries/`, viewer role) and read-only
// ad-hoc Cypher (analyst role). Both answer with a table and graph elements (AnalystResult).
// How a query is judged read-only is in analyst-cypher/guard.ts; limits in analyst-cypher/runner.ts.
import { resolveParams, savedQueries, savedQuery, type SavedQuery } from '../analyst-cypher/catalogue.js';
import { analystLimits, runAnalystCypher, runRead, type AnalystLimits, type AnalystResult } from '../analyst-cypher/runner.js';
import { paramPicks, type ParamDecl } from '../analyst-cypher/header.js';
import { builder } from '../builder.js';
import { analystError, badUserInput } from '../errors.js';
import { GraphElementsRef, JsonScalar } from './graph-elements.js';

const MAX_QUERY_LENGTH = 20_000;

const ParamPickEnum = builder.enumType('ParamPick', {
  description: 'What a parameter names, so a console can offer a picker (the chain, park, segment or enterprise id; enterprise roles).',
  values: Object.fromEntries(paramPicks.map((p) => [p.toUpperCase(), { value: p }])) as Record<
    Uppercase<(typeof paramPicks)[number]>,
    { value: (typeof paramPicks)[number] }
  >,
});

const SavedQueryParamRef = builder.objectRef<ParamDecl>('SavedQueryParam').implement({
  description: 'A typed parameter of a saved query.',
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.exposeString('typeName', {
      description: 'String, Int, Float, Boolean, Date (YYYY, YYYY-MM or YYYY-MM-DD), or [Type]; a trailing ? accepts null.',
    }),
    required: t.boolean({
      description: 'No default and not nullable: the caller must give it.',
      resolve: (p) => !p.hasDefault && !p.type.nullable,
    }),
    default: t.field({ type: JsonScalar, nullable: true, resolve: (p) => p.default }),
    description: t.exposeString('description', { nullable: true }),
    pick: t.field({ type: ParamPickEnum, nullable: true, resolve: (p) => p.pick }),
  }),
});

const SavedQueryRef = builder.objectRef<SavedQuery>('SavedQuery').implement({
  description: 'A saved analyst query (cypher/queries/<id>.cypher).',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title', { description: 'Chinese title.' }),
    titleEn: t.exposeString('titleEn'),
    description: t.exposeString('description'),
    params: t.field({ type: [SavedQueryParamRef], resolve: (q) => q.params }),
  }),
});

const AnalystResultRef = builder.objectRef<AnalystResult>('AnalystResult').implement({
  description: 'A query result as a table (columns, rows of JSON values) and as graph elements.',
  fields: (t) => ({
    columns: t.exposeStringList('columns'),
    rows: t.field({
      type: [JsonScalar],
      description:
        'One JSON array per row, values in column order. Nodes are {"~node", labels, properties}, relationships {"~relationship", type, start, end, properties}, paths {"~path", nodes}.',
      resolve: (r) => r.rows,
    }),
    rowCount: t.int({ resolve: (r) => r.rows.length }),
    truncated: t.exposeBoolean('truncated', { description: 'More rows were there than the row limit; the rest was not read.' }),
    graph: t.field({ type: GraphElementsRef, description: 'Nodes and relationships found in the values.', resolve: (r) => r.graph }),
    ms: t.float({ description: 'Run time in ms (planning excluded).', resolve: (r) => Math.round(r.ms * 10) / 10 }),
  }),
});

const badInput = badUserInput;

function rowLimit(limits: AnalystLimits, asked: number | null | undefined): AnalystLimits {
  if (asked == null) return limits;
  if (asked < 1) throw badInput('maxRows must be at least 1.', { param: 'maxRows' });
  return { ...limits, maxRows: Math.min(asked, limits.maxRows) };
}

function paramsObject(params: unknown): Record<string, unknown> {
  if (params == null) return {};
  if (typeof params !== 'object' || Array.isArray(params)) throw badInput('params must be a JSON object.', { param: 'params' });
  return params as Record<string, unknown>;
}

builder.queryFields((t) => ({
  savedQueries: t.field({
    type: [SavedQueryRef],
    description: 'The saved analyst queries, with their typed parameters (viewer role).',
    authScopes: { viewer: true },
    resolve: () => savedQueries(),
  }),
  runSavedQuery: t.field({
    type: AnalystResultRef,
    description: 'Runs a saved query by id; params are checked against its declared types (viewer role).',
    args: {
      id: t.arg.id({ required: true }),
      params: t.arg({ type: JsonScalar, description: 'A JSON object of parameter values; omitted ones take their defaults.' }),
      maxRows: t.arg.int({ description: 'Read at most this many rows (capped by the server limit).' }),
    },
    authScopes: { viewer: true },
    resolve: async (_r, args, ctx) => {
      const query = savedQuery(String(args.id));
      if (!query) throw badInput(`No saved query "${String(args.id)}".`, { param: 'id' });
      try {
        const params = resolveParams(query, args.params);
        const limits = rowLimit(analystLimits(), args.maxRows);
        return await runRead(ctx.db, query.queryName, params, { ...limits, timeoutMs: limits.savedTimeoutMs });
      } catch (e) {
        throw analystError(e);
      }
    },
  }),
  cypher: t.field({
    type: AnalystResultRef,
    description:
      'Runs read-only Cypher (analyst role). Refused unless Neo4j plans it as a read without LOAD CSV, IN TRANSACTIONS, commands or procedures off the allow-list; runs in a read transaction with a timeout, memory and row limit.',
    args: {
      query: t.arg.string({ required: true }),
      params: t.arg({ type: JsonScalar, description: 'A JSON object of query parameters; whole numbers are sent as integers.' }),
      maxRows: t.arg.int({ description: 'Read at most this many rows (capped by the server limit).' }),
    },
    authScopes: { analyst: true },
    resolve: async (_r, args, ctx) => {
      if (args.query.trim() === '') throw badInput('The query is empty.', { param: 'query' });
      if (args.query.length > MAX_QUERY_LENGTH)
        throw badInput(`The query is longer than ${MAX_QUERY_LENGTH} characters.`, { param: 'query' });
      const params = paramsObject(args.params);
      try {
        return await runAnalystCypher(ctx.db, args.query, params, rowLimit(analystLimits(), args.maxRows));
      } catch (e) {
        throw analystError(e);
      }
    },
  }),
}));
