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
  /**
   * What the executor sends: the text without comments or indentation (compact). A statement
   * travels with every request, in Bolt chunks of 1,400 bytes, one socket write each: the 12 kB of
   * target-candidates was nine writes per targets request, most of it comments.
   */
  sent: string;
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
  const parsed: CypherFile = { name, file, text, sent: compact(text), ...parseHeader(text, file) };
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

type Piece = { kind: 'code' | 'comment' | 'quoted'; text: string };

/**
 * Cuts Cypher text into code, comments (line comments, and block comments from slash-star to
 * star-slash) and quoted pieces (strings and backquoted names, quotes included, escapes
 * honoured), so the functions below never mistake a `//`, `;` or `$x` inside a string for code.
 * Joined, the pieces are the text.
 */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let code = '';
  const push = (kind: Piece['kind'], from: number, to: number) => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
    out.push({ kind, text: text.slice(from, to) });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      push('comment', i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      push('comment', i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      const stop = Math.min(j + 1, text.length);
      push('quoted', i, stop);
      i = stop;
    } else {
      code += c;
      i++;
    }
  }
  if (code) out.push({ kind: 'code', text: code });
  return out;
}

/** Blanks out comments and string literals, so `$x` inside them is not a parameter. */
function stripComments(text: string): string {
  return pieces(text)
    .map((p) => {
      if (p.kind === 'code') return p.text;
      if (p.kind === 'quoted') return p.text.startsWith('`') ? '`x`' : "''";
      return p.text.startsWith('/*') ? ' ' : '';
    })
    .join('');
}

/**
 * The statement without comments and without the spaces that begin or end its lines; strings are
 * kept as written. A comment spanning lines leaves its line breaks, so the text has the file's
 * lines and a line number in Neo4j's error is the file's.
 */
export function compact(text: string): string {
  const kept: Piece[] = [];
  for (const p of pieces(text)) {
    // A comment still separates what stands either side of it (`RETURN/* why */n`).
    const breaks = p.kind === 'comment' ? p.text.replace(/[^\n]/g, '') : '';
    const piece: Piece = p.kind === 'comment' ? { kind: 'code', text: breaks || ' ' } : p;
    const last = kept[kept.length - 1];
    if (piece.kind === 'code' && last?.kind === 'code') last.text += piece.text;
    else kept.push({ ...piece });
  }
  const out = kept.map((p) => (p.kind === 'code' ? p.text.replace(/[ \t\r]*\n[ \t]*/g, '\n') : p.text)).join('');
  // Leading line breaks stay (the header's comment lines), so line numbers stay the file's.
  return out.replace(/^[ \t]+|\s+$/g, '');
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
  for (const p of pieces(text)) {
    if (p.kind !== 'code') {
      current += p.text;
      continue;
    }
    const parts = p.text.split(';');
    current += parts[0];
    for (const part of parts.slice(1)) {
      out.push(current);
      current = part;
    }
  }
  out.push(current);
  return out.filter((s) => stripComments(s).trim() !== '').map((s) => s.trim());
}
