// The header of a saved query (`cypher/queries/<id>.cypher`): leading `//` comment lines that
// give the query a title, a description and typed parameters.
//
//   // title: 产业链完整度最高的园区 | Parks by chain completeness
//   // description: 每条链有本地企业的环节占比（分园计入母园区）。
//   // description: Share of a chain's segments with a local enterprise.   (lines are joined)
//   // param chainId: String = "pv" -- 产业链 id (chain id)
//   // param limit: Int = 10
//   // param status: String?            (nullable, default null)
//   // param statuses: [String] = ["construction", "signed"]
//   // param asOf: Date?                (a partial date: YYYY, YYYY-MM or YYYY-MM-DD)
//   // param parkId: String? @park -- 园区 id (park id)
//
// Types: String, Int, Float, Boolean, Date (a string holding a partial date, as the park page's
// asOf), or a list of one of them in brackets; a trailing `?` lets the parameter be null. The
// default is a JSON value; without one the parameter is required. `@chain`, `@park`, `@segment`,
// `@enterprise` (a String id) or `@role` (String or [String], enterprise roles) after the type
// and default say what the value names, so the console offers a picker instead of a free-text
// id. Anything after ` -- ` is the parameter's description. Other `//` lines in the header are free
// comments. A malformed line is a HeaderError naming the file and the line.
import { z } from 'zod';
import { isPartialDate } from '../domain/partial-dates.js';

export const scalarTypes = ['String', 'Int', 'Float', 'Boolean', 'Date'] as const;
export type ScalarType = (typeof scalarTypes)[number];

/** What a parameter's value names, for a picker in the console (`@chain` in the header). */
export const paramPicks = ['chain', 'park', 'segment', 'enterprise', 'role'] as const;
export type ParamPick = (typeof paramPicks)[number];

export interface ParamType {
  scalar: ScalarType;
  list: boolean;
  nullable: boolean;
}

export interface ParamDecl {
  name: string;
  type: ParamType;
  /** Printed type as declared: "Int", "[String]", "String?". */
  typeName: string;
  /** Whether the header gives a default (a nullable parameter without one defaults to null). */
  hasDefault: boolean;
  default: unknown;
  description: string | null;
  pick: ParamPick | null;
}

export interface QueryHeader {
  title: string;
  titleEn: string;
  description: string;
  params: ParamDecl[];
}

export class HeaderError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'HeaderError';
  }
}

const keyLine = /^\/\/\s*(title|description|param)\b\s*(.*)$/;
const paramLine = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(\[?)\s*([A-Za-z]+)\s*(\]?)\s*(\?)?\s*(.*)$/;

/** Parses the header of one saved-query file; `file` is only used in error messages. */
export function parseHeader(text: string, file: string): QueryHeader {
  let title: { zh: string; en: string } | undefined;
  const description: string[] = [];
  const params: ParamDecl[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) break;
    const m = keyLine.exec(trimmed);
    if (!m) continue;
    const key = m[1] as 'title' | 'description' | 'param';
    const rest = (m[2] ?? '').replace(/^:\s*/, '').trim();
    const fail = (detail: string): never => {
      throw new HeaderError(file, i + 1, detail);
    };
    if (key !== 'param' && !(m[2] ?? '').startsWith(':')) fail(`"${key}" must be followed by a colon`);
    if (key === 'title') {
      if (title) fail('a second "title" line');
      const parts = rest.split('|').map((s) => s.trim());
      if (parts.length !== 2 || !parts[0] || !parts[1]) fail('title must be "中文标题 | English title"');
      title = { zh: parts[0] as string, en: parts[1] as string };
    } else if (key === 'description') {
      if (!rest) fail('empty description');
      description.push(rest);
    } else {
      params.push(parseParam(rest, fail));
      const name = params[params.length - 1]!.name;
      if (params.filter((p) => p.name === name).length > 1) fail(`parameter "${name}" is declared twice`);
    }
  }
  if (!title) throw new HeaderError(file, 1, 'the header has no "// title: 中文 | English" line');
  if (description.length === 0) throw new HeaderError(file, 1, 'the header has no "// description:" line');
  return { title: title.zh, titleEn: title.en, description: description.join(' '), params };
}

function parseParam(rest: string, fail: (detail: string) => never): ParamDecl {
  const m = paramLine.exec(rest);
  if (!m) return fail(`param must look like "name: Type = default -- description", got "${rest}"`);
  const [, name, open, scalar, close, optional, tail] = m as unknown as string[];
  if (Boolean(open) !== Boolean(close)) fail(`unbalanced brackets in the type of "${name}"`);
  if (!(scalarTypes as readonly string[]).includes(scalar as string)) {
    fail(`unknown type "${scalar}" for "${name}" (use ${scalarTypes.join(', ')}, or [Type] for a list)`);
  }
  const type: ParamType = { scalar: scalar as ScalarType, list: Boolean(open), nullable: Boolean(optional) };
  const typeName = `${open ? '[' : ''}${scalar}${close ? ']' : ''}${optional ? '?' : ''}`;
  let remaining = (tail ?? '').trim();
  let hasDefault = false;
  let value: unknown = null;
  if (remaining.startsWith('=')) {
    remaining = remaining.slice(1).trim();
    const token = jsonToken(remaining);
    if (!token) fail(`"${name}" has "=" but no default value`);
    try {
      value = JSON.parse(token as string);
    } catch {
      fail(`the default of "${name}" is not a JSON value: ${token}`);
    }
    hasDefault = true;
    remaining = remaining.slice((token as string).length).trim();
    const problem = checkValue(value, type);
    if (problem) fail(`the default of "${name}" ${problem}`);
  }
  let pick: ParamPick | null = null;
  const pickMatch = /^@(\w+)\s*/.exec(remaining);
  if (pickMatch) {
    const word = pickMatch[1] as string;
    if (!(paramPicks as readonly string[]).includes(word))
      fail(`unknown picker "@${word}" for "${name}" (use ${paramPicks.map((p) => `@${p}`).join(', ')})`);
    pick = word as ParamPick;
    if (type.scalar !== 'String' || (type.list && pick !== 'role')) {
      fail(`"@${pick}" needs a String${pick === 'role' ? ' or [String]' : ''} parameter, and "${name}" is ${typeName}`);
    }
    remaining = remaining.slice(pickMatch[0].length);
  }
  let description: string | null = null;
  if (remaining.startsWith('--')) description = remaining.slice(2).trim() || null;
  else if (remaining) fail(`unexpected "${remaining}" after the type of "${name}" (a description starts with "--")`);
  return { name: name as string, type, typeName, hasDefault, default: value, description, pick };
}

/** The leading JSON value of `s`: a string, a bracketed list, or a bare word (number, true, null). */
function jsonToken(s: string): string | null {
  if (!s) return null;
  if (s[0] === '"') {
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '\\') i++;
      else if (s[i] === '"') return s.slice(0, i + 1);
    }
    return s;
  }
  if (s[0] === '[') {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '"') {
        i++;
        while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
      } else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return s.slice(0, i + 1);
    }
    return s;
  }
  return /^\S+/.exec(s)?.[0] ?? null;
}

/** The zod schema a value of this type must pass (defaults here, user values in the catalogue). */
export function paramSchema(type: ParamType): z.ZodType {
  const scalar = {
    String: z.string(),
    Int: z.int(),
    Float: z.number(),
    Boolean: z.boolean(),
    Date: z.string().refine(isPartialDate, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  }[type.scalar];
  const base: z.ZodType = type.list ? z.array(scalar) : scalar;
  return type.nullable ? base.nullable() : base;
}

/** Why `value` does not fit `type` (zod's message), or null when it does. */
export function checkValue(value: unknown, type: ParamType): string | null {
  const result = paramSchema(type).safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length ? ` (item ${issue.path.join('.')})` : '';
  return `must be ${type.list ? `a list of ${type.scalar}` : type.scalar}${type.nullable ? ' or null' : ''}${where}: ${issue?.message ?? 'invalid'}`;
}
