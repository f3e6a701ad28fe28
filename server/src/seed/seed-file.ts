// One seed file: read, parsed as YAML and validated against the zod SeedFile schema record by
// record. Problems read `seeds/<file>: <kind>[<index>] (id <id>): <field path>: <message>` and
// name the line when the YAML node is found.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { SeedFile } from './schema.js';
import type { RecordKindName } from './seed-set.js';

export const topKinds: Record<string, RecordKindName> = {
  sources: 'source',
  regions: 'region',
  chains: 'chain',
  industries: 'industry',
  parks: 'park',
  enterprises: 'enterprise',
  projects: 'project',
  institutions: 'institution',
  policies: 'policy',
};

export const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

/** Lists `*.yaml` / `*.yml` files under dir, recursively, sorted. */
export function listSeedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      if (entry.startsWith('.')) continue;
      const full = path.join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

function formatPath(p: ReadonlyArray<PropertyKey>): string {
  let s = '';
  for (const k of p) {
    if (typeof k === 'number') s += `[${k}]`;
    else s += s === '' ? String(k) : `.${String(k)}`;
  }
  return s;
}

function getAt(value: unknown, p: ReadonlyArray<PropertyKey>): unknown {
  let v = value;
  for (const k of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

export function idOf(v: unknown): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const id = (v as { id?: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return undefined;
}

/** "parks[3] (id nb-hitech)" plus the remaining field path, for a path into a seed file. */
function locate(raw: unknown, p: ReadonlyArray<PropertyKey>): { record: string; field: string } {
  const [kind, index] = p;
  if (typeof kind !== 'string' || typeof index !== 'number') return { record: '', field: formatPath(p) };
  let recordPath: PropertyKey[] = [kind, index];
  // A segment is a record of its own inside its chain.
  if (kind === 'chains' && p[2] === 'segments' && typeof p[3] === 'number') recordPath = p.slice(0, 4);
  const id = idOf(getAt(raw, recordPath));
  const record = `${formatPath(recordPath)}${id ? ` (id ${id})` : ''}`;
  return { record, field: formatPath(p.slice(recordPath.length)) };
}

/** The parsed YAML of each file read, so a problem can name the line it is on. */
const documents = new Map<string, { doc: Document; lines: LineCounter }>();

/** Splits "chains[0].segments[2]" + "figures[1].unit" into YAML path keys. */
function pathKeys(...parts: string[]): Array<string | number> {
  const keys: Array<string | number> = [];
  for (const part of parts) {
    for (const m of part.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  }
  return keys;
}

/** The 1-based line of the deepest node of the path that exists in the file, if known. */
function lineOf(file: string, keys: Array<string | number>): number | undefined {
  const d = documents.get(file);
  if (!d) return undefined;
  for (let n = keys.length; n >= 1; n--) {
    const node = d.doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) return d.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

export function problem(file: string, record: string, field: string, message: string): string {
  const line = lineOf(file, pathKeys(record.replace(/ \(id .*\)$/, ''), field));
  return [line ? `${file}:${line}` : file, record, field, message].filter((s) => s !== '').join(': ');
}

type Issue = z.core.$ZodIssue;

/** Flattens zod issues; a union failure reports the alternative the input was meant to be. */
function flattenIssues(issues: readonly Issue[], raw: unknown, base: PropertyKey[] = []): Array<{ path: PropertyKey[]; message: string }> {
  const out: Array<{ path: PropertyKey[]; message: string }> = [];
  for (const issue of issues) {
    const p = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Choose the branch that got furthest: no type error at the union's own position.
      const branches = issue.errors.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (branches.length === 1) {
        out.push(...flattenIssues(branches[0] as Issue[], raw, p));
        continue;
      }
      out.push({ path: p, message: 'expected [from, to] or {from, to, cite?, note?}' });
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...p, key], message: 'unknown field' });
      continue;
    }
    if (issue.code === 'invalid_type' && getAt(raw, p) === undefined) {
      out.push({ path: p, message: `required (${issue.expected})` });
      continue;
    }
    out.push({ path: p, message: issue.message });
  }
  return out;
}

export interface ParsedFile {
  file: string;
  /** The file's data as parsed from YAML (undefined after a syntax error). */
  raw: unknown;
  /** The records that passed validation (a bad record drops only itself). */
  data: z.infer<typeof SeedFile>;
}

type ElementSchema = z.ZodType;
/** Each record kind's element schema, taken from SeedFile so the two cannot drift apart. */
const elementSchemas: Record<string, ElementSchema> = Object.fromEntries(
  Object.entries(SeedFile.shape).map(([key, schema]) => [key, (schema as z.ZodOptional<z.ZodArray<ElementSchema>>).unwrap().element]),
);

export function readFile(absolute: string, rel: string, problems: string[]): ParsedFile {
  const text = readFileSync(absolute, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, strict: true, lineCounter: lines });
  documents.set(rel, { doc, lines });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0];
      const where = pos ? `line ${pos.line}, column ${pos.col}: ` : '';
      problems.push(`${rel}: ${where}YAML syntax error: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    return { file: rel, raw: undefined, data: {} };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    problems.push(`${rel}: YAML: ${(e as Error).message}`);
    return { file: rel, raw: undefined, data: {} };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${rel}: a seed file is a mapping of record kinds (sources:, parks:, …)`);
    return { file: rel, raw: undefined, data: {} };
  }
  // Validate record by record, so one bad record does not hide the problems of the others.
  const data: Record<string, unknown[]> = {};
  for (const [key, list] of Object.entries(raw)) {
    const schema = elementSchemas[key];
    if (!schema) {
      problems.push(`${rel}: ${key}: unknown record kind (expected one of ${Object.keys(elementSchemas).join(', ')})`);
      continue;
    }
    if (list === null || list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`${rel}: ${key}: expected a list of records`);
      continue;
    }
    const ok: unknown[] = [];
    list.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) {
        ok.push(parsed.data);
        return;
      }
      for (const { path: p, message } of flattenIssues(parsed.error.issues, raw, [key, i])) {
        const { record, field } = locate(raw, p);
        problems.push(problem(rel, record, field, message));
      }
    });
    data[key] = ok;
  }
  return { file: rel, raw, data: data as z.infer<typeof SeedFile> };
}

/** Forgets the files of an earlier read (their lines are only kept for problem messages). */
export function clearDocuments(): void {
  documents.clear();
}
