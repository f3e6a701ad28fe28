// How search parameters look in the address bar. The router's default writes JSON
// (`parks=%5B%22a%22%5D`); links here stay as readable as before the router: plain text, lists
// as `a,b`, true flags as `1`, the one object (saved-query values) as JSON. Reading gives
// strings only; the route schemas (search.ts) turn them into lists, flags and objects.

export function parseSearch(searchStr: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(searchStr)) out[key] = value;
  return out;
}

function encode(value: unknown): string | null {
  if (value === undefined || value === null || value === '' || value === false) return null;
  if (value === true) return '1';
  if (Array.isArray(value)) return value.length > 0 ? value.join(',') : null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    const text = encode(value);
    if (text !== null) params.set(key, text);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
