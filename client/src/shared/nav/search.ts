// Every view's state in the URL, declared once as zod schemas (zod/mini: small and
// tree-shaken). The router (app/router.tsx) validates each route's search parameters with
// these, so a view reads typed values and a hand-edited or stale link degrades field by field
// to the default instead of failing: every field is optional and `catch`es a bad value.
import * as z from 'zod/mini';
import { EXPLORE_LAYOUTS } from '../../graph/explore-layouts';
import { LANGS, type Lang } from '../i18n/lang';

// zod compiles object parsers with `new Function` when it may; the app's CSP forbids eval, and
// merely probing for it logs a violation. The interpreted parsers are fast enough for a URL.
z.config({ jitless: true });

/** The screens of the app; each is one route, `/<view>`. */
export const VIEWS = ['home', 'chain', 'park', 'region', 'compare', 'analyst', 'explore', 'embed', 'import'] as const;
export type View = (typeof VIEWS)[number];

/** The path of each view (the embed builder is not /embed: the server answers that with the widget page). */
export const VIEW_PATHS = {
  home: '/home',
  chain: '/chain',
  park: '/park',
  region: '/region',
  compare: '/compare',
  analyst: '/analyst',
  explore: '/explore',
  embed: '/embed-builder',
  import: '/import',
} as const satisfies Record<View, string>;

export function viewOfPath(pathname: string): View | null {
  return VIEWS.find((v) => VIEW_PATHS[v] === pathname) ?? null;
}

/** A field that is left out when absent or invalid. */
const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const text = optional(z.string().check(z.minLength(1)));
/** A comma list in the URL (`parks=a,b`), an array in the app. */
const list = optional(
  z.pipe(
    z.transform((v: unknown) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v)),
    z.array(z.string().check(z.minLength(1))),
  ),
);
/** `1` in the URL, true in the app; absent is false. */
const flag = optional(
  z.pipe(
    z.transform((v: unknown) => (v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : v)),
    z.boolean(),
  ),
);
/** A date the server evaluates statuses at: YYYY, YYYY-MM or YYYY-MM-DD. */
const asOf = optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)));
/** A JSON object in the URL (`values={"limit":"5"}`): a saved query's form values. */
const values = optional(
  z.pipe(
    z.transform((v: unknown) => {
      if (typeof v !== 'string') return v;
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return undefined;
      }
    }),
    z.record(z.string(), z.union([z.string(), z.boolean()])),
  ),
);

/** On every route: the language (Chinese when absent). */
export const rootSearch = z.object({ lang: optional(z.enum(LANGS as readonly Lang[] as ['zh', 'en'])) });

/** The node whose detail panel is open, on every view that has one. */
const node = { node: text };
/** The local picture: a park or a region, as of a date. */
const scope = { park: text, region: text, asOf };

export const homeSearch = z.object({ ...node });
export const chainSearch = z.object({
  chain: text,
  ...scope,
  ...node,
  /** Show the local firms' names in the segments. */
  firms: flag,
  /** Show the local projects' counts in the segments. */
  projects: flag,
});
/** The park page's tabs (the key figures above them are always shown); the first is the default. */
export const PARK_TABS = ['gaps', 'targets', 'lists', 'review'] as const;
export type ParkTab = (typeof PARK_TABS)[number];
export const parkSearch = z.object({
  park: text,
  chain: text,
  asOf,
  /** The open tab; absent is the first (gaps). */
  tab: optional(z.enum(PARK_TABS)),
  ...node,
});
/** The region drilled into (absent: every province) and the chain its tiles are coloured by. */
export const regionSearch = z.object({ region: text, chain: text });
export const compareSearch = z.object({
  chain: text,
  parks: list,
  /** Only the segments some chosen park lacks. */
  missing: flag,
  /** The sorted column's key, `-` in front when descending. */
  sort: text,
  ...node,
});
export const analystSearch = z.object({
  tab: optional(z.enum(['saved', 'cypher'])),
  /** The chosen saved query, and the form values it was run with (absent: not run). */
  query: text,
  values,
  /** The Cypher text run, and its parameters box (JSON text). */
  cypher: text,
  cparams: text,
  ...node,
});
/** Explore: the start node, expansions (`id~depth~TYPES`), hidden nodes, path searches (`from~to~max`), layout. */
export const exploreSearch = z.object({
  node: text,
  expand: list,
  hide: list,
  paths: list,
  layout: optional(z.enum(EXPLORE_LAYOUTS)),
});
export const embedSearch = z.object({ chain: text, park: text, region: text, ...node });
/** A day of the audit filters: YYYY-MM-DD (what auditLog takes). */
const day = optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
/**
 * Sheet import: the kind chosen, the tab, and the audit filters under the names auditLog (and
 * its export) takes, so a filtered audit view survives a reload and is a link to share.
 */
export const importSearch = z.object({
  kind: optional(z.enum(['enterprises', 'projects', 'institutions', 'supply'])),
  tab: optional(z.enum(['upload', 'batches', 'audit'])),
  by: text,
  targetId: text,
  parkId: text,
  batchId: text,
  from: day,
  to: day,
});

export const SEARCH_SCHEMAS = {
  home: homeSearch,
  chain: chainSearch,
  park: parkSearch,
  region: regionSearch,
  compare: compareSearch,
  analyst: analystSearch,
  explore: exploreSearch,
  embed: embedSearch,
  import: importSearch,
} as const;

export type RootSearch = z.output<typeof rootSearch>;
export type ChainSearch = z.output<typeof chainSearch>;
export type ParkSearch = z.output<typeof parkSearch>;
export type RegionSearch = z.output<typeof regionSearch>;
export type CompareSearch = z.output<typeof compareSearch>;
export type AnalystSearch = z.output<typeof analystSearch>;
export type ExploreSearch = z.output<typeof exploreSearch>;
export type EmbedSearch = z.output<typeof embedSearch>;
export type ImportSearch = z.output<typeof importSearch>;

type Searches =
  RootSearch | ChainSearch | ParkSearch | RegionSearch | CompareSearch | AnalystSearch | ExploreSearch | EmbedSearch | ImportSearch;
type KeysOf<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? Exclude<U[K], undefined> : never) : never;
/** Every parameter of every view; one name two views use (`tab`) takes either view's values. */
type AnySearch = { [K in KeysOf<Searches>]: ValueOf<Searches, K> };
/** Every parameter any view has. */
export type NavState = { view: View } & { [K in keyof AnySearch]?: AnySearch[K] };

/**
 * A navigation: another view and/or parameters to change; `null` clears one. Parameters the
 * target view does not have are dropped (e.g. the chain when going to the analyst view).
 */
export type NavPatch = { view?: View } & { [K in keyof AnySearch]?: AnySearch[K] | null };

/** The keys each view keeps (its schema's), besides the language. */
export function viewKeys(view: View): string[] {
  return Object.keys(SEARCH_SCHEMAS[view].shape);
}

/**
 * Applies `patch` to the current state: the target view's parameters only, empty values left
 * out so plain links stay plain. The result is what goes to the router as `search`.
 */
export function applyPatch(current: NavState, patch: NavPatch): { view: View; search: Record<string, unknown> } {
  const view = patch.view ?? current.view;
  // A value the target view cannot take is dropped: views share the name `tab` but not its
  // values, so the analyst's `tab=cypher` must not follow a link to the park page.
  const merged: Record<string, unknown> = SEARCH_SCHEMAS[view].parse({ ...current, ...patch });
  merged.lang = patch.lang === undefined ? current.lang : patch.lang;
  const search: Record<string, unknown> = {};
  for (const key of ['lang', ...viewKeys(view)]) {
    const value = merged[key];
    if (value === null || value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    search[key] = value;
  }
  return { view, search };
}

/** The validated parameters of `view` (and the language) from raw URL values. */
export function parseViewSearch(view: View, raw: Record<string, unknown>): NavState {
  return { view, ...rootSearch.parse(raw), ...SEARCH_SCHEMAS[view].parse(raw) };
}
