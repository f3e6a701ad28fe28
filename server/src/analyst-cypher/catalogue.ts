// The saved-query catalogue: every `cypher/queries/<id>.cypher` with its parsed header
// (header.ts), and the check that turns a caller's JSON parameters into driver parameters.
//
// Loading also checks each file against itself: every `$name` the Cypher uses must be declared
// in the header and every declared parameter must be used, so a typo fails at start-up (and in
// the tests), not when an analyst first runs the query.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { cypherRoot, loadCypher } from '../db/cypher-files.js';
import { int, type Params } from '../db/executor.js';
import { checkValue, HeaderError, parseHeader, type ParamDecl, type QueryHeader } from './header.js';

export interface SavedQuery extends QueryHeader {
  /** The file name without `.cypher`; the API's id. */
  id: string;
  /** Name for the executor: "queries/<id>". */
  queryName: string;
}

/** A caller's parameter is unknown, missing or of the wrong type. */
/** What is wrong with a parameter, as a code the client words in the user's language. */
export type ParamProblem = 'NOT_AN_OBJECT' | 'UNKNOWN_PARAM' | 'MISSING_PARAM' | 'WRONG_TYPE';

export class ParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
    readonly problem: ParamProblem = 'WRONG_TYPE',
    /** The type the parameter wants (String, Int, [String] …), for the wording. */
    readonly expected: string | null = null,
  ) {
    super(message);
    this.name = 'ParamError';
  }
}

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
let cached: SavedQuery[] | undefined;

/** All saved queries in `<root>/queries`, sorted by id; cached for the default root. */
export function savedQueries(root: string = cypherRoot): SavedQuery[] {
  if (root === cypherRoot && cached) return cached;
  const dir = path.join(root, 'queries');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const list = files.map((f) => loadOne(f.slice(0, -'.cypher'.length), root));
  if (root === cypherRoot) cached = list;
  return list;
}

/** One saved query by id, or undefined. */
export function savedQuery(id: string, root: string = cypherRoot): SavedQuery | undefined {
  return savedQueries(root).find((q) => q.id === id);
}

function loadOne(id: string, root: string): SavedQuery {
  const rel = path.relative(repoRoot, path.join(root, 'queries', `${id}.cypher`));
  if (!idPattern.test(id)) throw new HeaderError(rel, 1, 'saved-query file names are lower-case words joined by "-"');
  const file = loadCypher(`queries/${id}`, root);
  const header = parseHeader(file.text, rel);
  const declared = new Set(header.params.map((p) => p.name));
  const undeclared = file.paramNames.filter((n) => !declared.has(n));
  if (undeclared.length) {
    throw new HeaderError(rel, 1, `the query uses ${undeclared.map((n) => `$${n}`).join(', ')} but the header declares no such param`);
  }
  const unused = header.params.filter((p) => !file.paramNames.includes(p.name));
  if (unused.length) {
    throw new HeaderError(rel, 1, `param ${unused.map((p) => `"${p.name}"`).join(', ')} is declared but the query never uses it`);
  }
  return { id, queryName: `queries/${id}`, ...header };
}

/**
 * Checks the caller's parameters against the header and fills in defaults. Throws ParamError
 * naming the first bad parameter. Int values are sent as Cypher INTEGERs (`int()`), since the
 * driver would send a JS number as FLOAT and `LIMIT`/`range` refuse floats.
 */
export function resolveParams(query: SavedQuery, input: unknown): Params {
  if (input !== null && input !== undefined && (typeof input !== 'object' || Array.isArray(input))) {
    throw new ParamError('params', 'params must be a JSON object of parameter names to values', 'NOT_AN_OBJECT');
  }
  const given = (input ?? {}) as Record<string, unknown>;
  const known = new Set(query.params.map((p) => p.name));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) {
      const list = query.params.map((p) => p.name).join(', ') || 'none';
      throw new ParamError(key, `Unknown parameter "${key}" for saved query "${query.id}" (its parameters: ${list}).`, 'UNKNOWN_PARAM');
    }
  }
  const out: Params = {};
  for (const p of query.params) {
    const present = Object.prototype.hasOwnProperty.call(given, p.name) && given[p.name] !== undefined;
    if (!present && !p.hasDefault && !p.type.nullable) {
      throw new ParamError(
        p.name,
        `Missing parameter "${p.name}" (${p.typeName}) for saved query "${query.id}".`,
        'MISSING_PARAM',
        p.typeName,
      );
    }
    const value = present ? given[p.name] : p.default;
    const problem = checkValue(value, p.type);
    if (problem) throw new ParamError(p.name, `Parameter "${p.name}" ${problem}.`, 'WRONG_TYPE', p.typeName);
    out[p.name] = toDriver(value, p);
  }
  return out;
}

function toDriver(value: unknown, p: ParamDecl): unknown {
  if (p.type.scalar !== 'Int' || value === null) return value;
  return Array.isArray(value) ? value.map((v) => int(v as number)) : int(value as number);
}

/** For tests: forget the cached catalogue. */
export function clearSavedQueryCache(): void {
  cached = undefined;
}
