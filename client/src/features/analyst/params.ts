import type { SavedQueryParam } from '../../shared/api/types';

// Turns a saved query's declared parameter types ("Int", "[String]", "Float?") into form
// fields and back into JSON values. Pure functions, so they are tested without a DOM.

export type BaseType = 'String' | 'Int' | 'Float' | 'Boolean';

export interface ParamType {
  base: BaseType;
  list: boolean;
  nullable: boolean;
}

export function parseParamType(type: string): ParamType {
  let t = type.trim();
  const nullable = t.endsWith('?');
  if (nullable) t = t.slice(0, -1);
  const list = t.startsWith('[') && t.endsWith(']');
  if (list) t = t.slice(1, -1).replace(/[?!]$/, '');
  const base = (['String', 'Int', 'Float', 'Boolean'] as const).find((b) => b === t) ?? 'String';
  return { base, list, nullable };
}

/** The field's raw value: text for inputs, boolean for a checkbox. */
export type RawValue = string | boolean;

export function initialRaw(param: SavedQueryParam): RawValue {
  const { base, list } = parseParamType(param.type);
  const d = param.default;
  if (!list && base === 'Boolean') return d === true;
  if (d == null) return '';
  if (list && Array.isArray(d)) return d.map(String).join(', ');
  return String(d);
}

export type ParamError = 'missing' | 'notANumber' | 'notAnInteger';

function scalar(base: BaseType, text: string): { value: unknown } | { error: ParamError } {
  if (base === 'String') return { value: text };
  if (base === 'Boolean') return { value: text === 'true' };
  const n = Number(text);
  if (text === '' || !Number.isFinite(n)) return { error: 'notANumber' };
  if (base === 'Int' && !Number.isInteger(n)) return { error: 'notAnInteger' };
  return { value: n };
}

/** A field's JSON value; `undefined` leaves it out so the server applies the default. */
export function toValue(param: SavedQueryParam, raw: RawValue): { value: unknown } | { error: ParamError } {
  const { base, list, nullable } = parseParamType(param.type);
  if (typeof raw === 'boolean') return { value: raw };
  const text = raw.trim();
  if (text === '') {
    if (param.required) return { error: 'missing' };
    return { value: nullable && param.default == null ? null : undefined };
  }
  if (!list) return scalar(base, text);
  const values: unknown[] = [];
  for (const part of text
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const one = scalar(base, part);
    if ('error' in one) return one;
    values.push(one.value);
  }
  return { value: values };
}

/** All fields at once: the params object, or the errors by parameter name. */
export function collectParams(
  params: SavedQueryParam[],
  raws: Record<string, RawValue>,
): { params: Record<string, unknown>; errors: Record<string, ParamError> } {
  const out: Record<string, unknown> = {};
  const errors: Record<string, ParamError> = {};
  for (const p of params) {
    const r = toValue(p, raws[p.name] ?? initialRaw(p));
    if ('error' in r) errors[p.name] = r.error;
    else if (r.value !== undefined) out[p.name] = r.value;
  }
  return { params: out, errors };
}
