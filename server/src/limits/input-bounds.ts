// A backstop under the per-field bounds (domain/bounds.ts, edit/inputs.ts): whatever argument
// or variable a request sends, no string, list or JSON value may be unboundedly large or deep.
// Checked before execution on the raw variables and the document's literals, so a 10 MB name or
// a JSON object nested 100,000 deep never reaches a resolver (or a recursive JSON walk).
import { visit, type DocumentNode, type GraphQLError } from 'graphql';
import { badUserInput, graphqlError } from '../errors.js';
import type { Plugin } from 'graphql-yoga';

export interface InputBounds {
  /** Characters in any one string argument, variable or literal. */
  maxStringLength: number;
  /** Items in any one list. */
  maxListItems: number;
  /** Nesting of objects and lists in a variable (JSON parameters included). */
  maxDepth: number;
  /** Bytes of a request body (Content-Length). */
  maxBodyBytes: number;
}

/** Bytes of an uploaded staff sheet (IMPORT_MAX_BYTES, default 20 MB; checked by settings.ts). */
export const importMaxBytes = () => Number(process.env.IMPORT_MAX_BYTES) || 20_000_000;
/** Room for the operation and the multipart framing around the file. */
const multipartSlack = 64 * 1024;

export const defaultInputBounds: InputBounds = { maxStringLength: 20_000, maxListItems: 1_000, maxDepth: 16, maxBodyBytes: 1_000_000 };

function badInput(message: string, limit: string, max: number, got: number): GraphQLError {
  return badUserInput(message, { limit, max, got, http: { status: 400 } });
}

const isUpload = (v: object): boolean =>
  typeof (v as { arrayBuffer?: unknown }).arrayBuffer === 'function' && typeof (v as { size?: unknown }).size === 'number';

/** The first value out of bounds in a variable, as an error naming where it is; or null. */
export function checkValue(value: unknown, where: string, bounds: InputBounds, depth = 0): GraphQLError | null {
  if (typeof value === 'string') {
    return value.length > bounds.maxStringLength
      ? badInput(
          `${where}: at most ${bounds.maxStringLength} characters (got ${value.length}).`,
          'maxStringLength',
          bounds.maxStringLength,
          value.length,
        )
      : null;
  }
  if (value === null || typeof value !== 'object') return null;
  // An uploaded file (multipart): its size is bounded by IMPORT_MAX_BYTES, not walked as JSON.
  if (isUpload(value)) return null;
  if (depth >= bounds.maxDepth) {
    return badInput(`${where}: nested deeper than ${bounds.maxDepth} levels.`, 'maxDepth', bounds.maxDepth, depth + 1);
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length > bounds.maxListItems) {
    return badInput(
      `${where}: at most ${bounds.maxListItems} items (got ${entries.length}).`,
      'maxListItems',
      bounds.maxListItems,
      entries.length,
    );
  }
  for (const [key, v] of entries) {
    const error = checkValue(v, Array.isArray(value) ? `${where}[${key}]` : `${where}.${key}`, bounds, depth + 1);
    if (error) return error;
  }
  return null;
}

function checkLiterals(document: DocumentNode, bounds: InputBounds): GraphQLError | null {
  let found: GraphQLError | null = null;
  visit(document, {
    StringValue(node) {
      if (found || node.value.length <= bounds.maxStringLength) return;
      found = badInput(
        `A string in the query: at most ${bounds.maxStringLength} characters (got ${node.value.length}).`,
        'maxStringLength',
        bounds.maxStringLength,
        node.value.length,
      );
    },
    ListValue(node) {
      if (found || node.values.length <= bounds.maxListItems) return;
      found = badInput(
        `A list in the query: at most ${bounds.maxListItems} items (got ${node.values.length}).`,
        'maxListItems',
        bounds.maxListItems,
        node.values.length,
      );
    },
  });
  return found;
}

export function inputBoundsPlugin(bounds: InputBounds = defaultInputBounds): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      // An upload (multipart) may be as large as a sheet may be; everything else is a JSON body.
      if (/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) {
        const max = importMaxBytes();
        if (length > max + multipartSlack) {
          endResponse(
            new fetchAPI.Response(
              JSON.stringify({
                errors: [
                  {
                    message: `The upload is ${length} bytes; a sheet may have at most ${max} (IMPORT_MAX_BYTES).`,
                    extensions: graphqlError('UPLOAD_TOO_LARGE', '', { max, got: length }).extensions,
                  },
                ],
              }),
              { status: 413, headers: { 'content-type': 'application/json' } },
            ),
          );
        }
        return;
      }
      if (length > bounds.maxBodyBytes) {
        const error = badInput(
          `The request body is ${length} bytes; at most ${bounds.maxBodyBytes}.`,
          'maxBodyBytes',
          bounds.maxBodyBytes,
          length,
        );
        const { http: _http, ...extensions } = error.extensions;
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message: error.message, extensions }] }), {
            status: 413,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(variables)) {
        const error = checkValue(value, `$${name}`, bounds);
        if (error) return setResultAndStopExecution({ errors: [error] });
      }
      const literal = checkLiterals(args.document, bounds);
      if (literal) setResultAndStopExecution({ errors: [literal] });
      return undefined;
    },
  };
}
