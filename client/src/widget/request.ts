// The widget's one GraphQL request, kept apart from api.ts so that the /embed page's early
// start (embed-early.ts) bundles only this and the query text, not Cytoscape. On /embed the
// request goes out while chain-map.js (~150 kB gzip) is still loading: the early module leaves
// the pending answer on globalThis, and the element takes it if it asks exactly the same thing.
import { WidgetChainMapDocument } from '../gql/graphql';

export interface WidgetParams {
  chain: string;
  park: string | null;
  region: string | null;
  asOf: string | null;
}

/** `https://graph.example.cn` or `https://graph.example.cn/` → its /graphql. */
export function graphqlUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/graphql`;
}

/** The request body; the same params give the same string (the early answer is matched on it). */
export function requestBody(params: WidgetParams): string {
  const scoped = !!(params.park || params.region);
  const variables = {
    chainId: params.chain,
    parkId: params.park,
    regionId: params.park ? null : params.region,
    asOf: params.asOf,
    scoped,
  };
  return JSON.stringify({ query: WidgetChainMapDocument.toString(), variables });
}

/** Anonymous on purpose: the widget reads only what PUBLIC_READ serves to anyone. */
export function postChainMap(url: string, body: string, signal?: AbortSignal): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    credentials: 'omit',
    signal,
  });
}

/** What the /embed page's address asks for, read as the element reads its attributes. */
export function paramsFromQuery(search: string): WidgetParams | null {
  const q = new URLSearchParams(search);
  const value = (name: string) => q.get(name)?.trim() || null;
  const chain = value('chain');
  if (!chain) return null;
  return { chain, park: value('park'), region: value('region'), asOf: value('as-of') ?? value('asOf') };
}

// One slot per page, shared by two separately loaded modules: a registered symbol is the same
// in both. `taken` tells a late early module that the element has already asked by itself.
const SLOT = Symbol.for('chain-graph:chain-map-early-request');
type Slot = { url: string; body: string; response: Promise<Response> } | 'taken';
const slots = globalThis as unknown as Record<typeof SLOT, Slot | undefined>;

/** Starts the request before the widget is loaded (once per page). */
export function startEarly(url: string, body: string): void {
  if (slots[SLOT] !== undefined) return;
  const response = postChainMap(url, body);
  // Failures are reported by the element when it takes the answer; never unhandled here.
  response.catch(() => undefined);
  slots[SLOT] = { url, body, response };
}

/** The early answer if it is for exactly this request (once); else null, and none will start. */
export function takeEarly(url: string, body: string): Promise<Response> | null {
  const slot = slots[SLOT];
  slots[SLOT] = 'taken';
  return slot && slot !== 'taken' && slot.url === url && slot.body === body ? slot.response : null;
}
