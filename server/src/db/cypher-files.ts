// Named Cypher statements live in `cypher/<folder>/<name>.cypher` at the repository root and are
// referred to as "<folder>/<name>" (e.g. "seed/existing-nodes"). Files are read once and cached.
//
// A file may start with `//` comment lines. One of them may declare sample parameters for the
// EXPLAIN test: `// params: {"id": "x", "limit": 10}` (JSON). Parameters it does not list are
// passed as null.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';

export const cypherRoot = path.join(repoRoot, 'cypher');

export interface CypherFile {
  /** "<folder>/<name>" */
  name: string;
  /** Absolute path of the file. */
  file: string;
  /** Full file text (comments included; Neo4j ignores them). */
  text: string;
  /** Sample parameters from the `// params:` header, if any. */
  sampleParams: Record<string, unknown> | undefined;
  /** Every `$name` parameter the statement mentions. */
  paramNames: string[];
}

export class UnknownQueryError extends Error {
  constructor(name: string, detail: string) {
    super(`Unknown Cypher query "${name}": ${detail}`);
    this.name = 'UnknownQueryError';
  }
}

const cache = new Map<string, CypherFile>();
const namePattern = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)+$/;

/** Loads `cypher/<name>.cypher`; throws UnknownQueryError naming the missing file. */
export function loadCypher(name: string, root: string = cypherRoot): CypherFile {
  const key = `${root}\0${name}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (!namePattern.test(name)) {
    throw new UnknownQueryError(name, 'names look like "<folder>/<file>" without the .cypher extension');
  }
  const file = path.join(root, `${name}.cypher`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    const folder = path.dirname(file);
    let known: string;
    try {
      const names = readdirSync(folder)
        .filter((f) => f.endsWith('.cypher'))
        .map((f) => `${path.relative(root, folder)}/${f.slice(0, -'.cypher'.length)}`);
      known = names.length ? `; known in that folder: ${names.join(', ')}` : '';
    } catch {
      known = `; folder ${path.relative(repoRoot, folder)} does not exist`;
    }
    throw new UnknownQueryError(name, `no file ${path.relative(repoRoot, file)}${known}`);
  }
  const parsed: CypherFile = { name, file, text, ...parseHeader(text, file) };
  cache.set(key, parsed);
  return parsed;
}

function parseHeader(text: string, file: string): Pick<CypherFile, 'sampleParams' | 'paramNames'> {
  let sampleParams: Record<string, unknown> | undefined;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) break;
    const m = /^\/\/\s*params:\s*(.*)$/.exec(trimmed);
    if (m) {
      try {
        sampleParams = JSON.parse(m[1] ?? '') as Record<string, unknown>;
      } catch (e) {
        throw new Error(`${path.relative(repoRoot, file)}: the "// params:" header is not valid JSON: ${(e as Error).message}`, {
          cause: e,
        });
      }
    }
  }
  const code = stripComments(text);
  const paramNames = [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))];
  return { sampleParams, paramNames };
}

/** Blanks out comments and string literals in one pass, so `$x` inside them is not a parameter. */
function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
      out += c === '`' ? '`x`' : "''";
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Parameters for EXPLAIN: the header's sample values, null for anything else mentioned. */
export function explainParams(file: CypherFile): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of file.paramNames) params[p] = null;
  return { ...params, ...file.sampleParams };
}

/** Every `.cypher` file under a folder of `cypher/` (recursively), as names for loadCypher. */
export function listCypher(folder = '', root: string = cypherRoot): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.cypher')) out.push(path.relative(root, full).slice(0, -'.cypher'.length).split(path.sep).join('/'));
    }
  };
  walk(path.join(root, folder));
  return out;
}

/** For tests that edit files: forget what was read. */
export function clearCypherCache(): void {
  cache.clear();
}

/** Splits a multi-statement file on `;` outside strings and comments; drops empty statements. */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      current += text.slice(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      current += text.slice(i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      current += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === ';') {
      out.push(current);
      current = '';
      i++;
    } else {
      current += c;
      i++;
    }
  }
  out.push(current);
  return out.filter((s) => stripComments(s).trim() !== '').map((s) => s.trim());
}
