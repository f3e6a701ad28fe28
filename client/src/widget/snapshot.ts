// The chain map as one self-contained JSON file (the app's "JSON snapshot" export), and the
// model the widget draws, live or offline: the chain, a park's or region's statuses and firms,
// the as-of date and the sources. Plain data, no Cytoscape, no React: the app writes it, the
// widget reads it, and the parser below refuses anything else with a message naming the place.
import { GAP_STATUSES, STAGES, type ChainData, type ChainFlowEnd, type ChainSegment, type GapStatus } from '../graph/types';

export const SNAPSHOT_FORMAT = 'chain-graph/chain-map';
/** Bumped when a reader of the old files could misread the new ones. */
export const SNAPSHOT_VERSION = 1;

export interface SnapshotFirm {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface SnapshotSource {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  /** Absent in snapshots written before it was read. */
  publisherEn?: string | null;
  date: string | null;
}

export interface ChainMapModel {
  chain: ChainData & { name: string; nameEn: string | null };
  /** The local picture drawn, if any: a park or a region (ids as the app's URL uses them). */
  scope: { park: string } | { region: string } | null;
  /** The scope's public name (chainMap.scope); absent in older snapshots and without a scope. */
  place?: { name: string; nameEn: string | null } | null;
  /** Statuses as of this date (YYYY, YYYY-MM or YYYY-MM-DD); null: as of the day it was read. */
  asOf: string | null;
  /** The day the data was read from the API (YYYY-MM-DD). */
  readOn: string;
  statuses: Record<string, GapStatus>;
  /** Local enterprises per segment id. */
  firms: Record<string, SnapshotFirm[]>;
  sources: SnapshotSource[];
  /** The API cut the firms (chainMap's enterpriseLimit): the list is not complete. */
  truncated: boolean;
}

export interface ChainMapSnapshot extends ChainMapModel {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
}

export function toSnapshot(model: ChainMapModel): ChainMapSnapshot {
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, ...model };
}

/** What is wrong with a snapshot file, and where (`chain.segments[3].stage`). */
export class SnapshotError extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'SnapshotError';
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, where: string): Json {
  if (!isObject(v)) throw new SnapshotError('must be an object', where);
  return v;
}
function arr(v: unknown, where: string): unknown[] {
  if (!Array.isArray(v)) throw new SnapshotError('must be a list', where);
  return v;
}
function str(v: unknown, where: string): string {
  if (typeof v !== 'string' || v === '') throw new SnapshotError('must be a non-empty text', where);
  return v;
}
function optStr(v: unknown, where: string): string | null {
  return v === null || v === undefined ? null : str(v, where);
}
function int(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new SnapshotError('must be a whole number', where);
  return v;
}
function oneOf<T extends string>(v: unknown, values: readonly T[], where: string): T {
  if (!values.includes(v as T)) throw new SnapshotError(`must be one of ${values.join(', ')} (got ${JSON.stringify(v)})`, where);
  return v as T;
}
function date(v: unknown, where: string): string | null {
  const s = optStr(v, where);
  if (s !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s))
    throw new SnapshotError(`must be a date like 2023, 2023-06 or 2023-06-30 (got ${JSON.stringify(s)})`, where);
  return s;
}

function segment(v: unknown, where: string): ChainSegment {
  const o = obj(v, where);
  return {
    id: str(o['id'], `${where}.id`),
    name: str(o['name'], `${where}.name`),
    nameEn: optStr(o['nameEn'], `${where}.nameEn`),
    stage: oneOf(o['stage'], STAGES, `${where}.stage`),
    order: int(o['order'], `${where}.order`),
    parentId: optStr(o['parentId'], `${where}.parentId`),
    enterpriseCount: o['enterpriseCount'] === undefined ? 0 : int(o['enterpriseCount'], `${where}.enterpriseCount`),
  };
}

function flowEnd(v: unknown, where: string): ChainFlowEnd {
  const o = obj(v, where);
  return {
    id: str(o['id'], `${where}.id`),
    name: str(o['name'], `${where}.name`),
    nameEn: optStr(o['nameEn'], `${where}.nameEn`),
    chainId: str(o['chainId'], `${where}.chainId`),
    stage: oneOf(o['stage'], STAGES, `${where}.stage`),
    order: int(o['order'], `${where}.order`),
  };
}

function place(v: unknown): ChainMapModel['place'] {
  if (v === null || v === undefined) return null;
  const o = obj(v, 'place');
  return { name: str(o['name'], 'place.name'), nameEn: optStr(o['nameEn'], 'place.nameEn') };
}

function scope(v: unknown, where: string): ChainMapModel['scope'] {
  if (v === null || v === undefined) return null;
  const o = obj(v, where);
  if ('park' in o) return { park: str(o['park'], `${where}.park`) };
  if ('region' in o) return { region: str(o['region'], `${where}.region`) };
  throw new SnapshotError('must name a park or a region', where);
}

/**
 * Reads a snapshot file's text. Throws SnapshotError naming the first thing wrong: not JSON,
 * another kind of file, a version this widget does not know, or a field of the wrong shape.
 */
export function parseSnapshot(text: string): ChainMapSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SnapshotError(`not valid JSON (${(e as Error).message})`, '');
  }
  const o = obj(raw, 'snapshot');
  if (o['format'] !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(
      `not a chain-map snapshot (expected "${SNAPSHOT_FORMAT}", got ${JSON.stringify(o['format'] ?? null)})`,
      'format',
    );
  }
  if (o['version'] !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `version ${JSON.stringify(o['version'] ?? null)} is not supported (this widget reads version ${SNAPSHOT_VERSION})`,
      'version',
    );
  }
  const c = obj(o['chain'], 'chain');
  const segments = arr(c['segments'], 'chain.segments').map((s, i) => segment(s, `chain.segments[${i}]`));
  const ids = new Set(segments.map((s) => s.id));
  const flows = arr(c['flows'], 'chain.flows').map((f, i) => {
    const w = `chain.flows[${i}]`;
    const fo = obj(f, w);
    const flow = {
      fromId: str(fo['fromId'], `${w}.fromId`),
      toId: str(fo['toId'], `${w}.toId`),
      from: flowEnd(fo['from'], `${w}.from`),
      to: flowEnd(fo['to'], `${w}.to`),
    };
    if (!ids.has(flow.fromId) && !ids.has(flow.toId)) throw new SnapshotError('touches no segment of the chain', w);
    return flow;
  });

  const statuses: Record<string, GapStatus> = {};
  for (const [id, s] of Object.entries(obj(o['statuses'] ?? {}, 'statuses'))) {
    if (!ids.has(id)) throw new SnapshotError('is not a segment of the chain', `statuses.${id}`);
    statuses[id] = oneOf(s, GAP_STATUSES, `statuses.${id}`);
  }
  const firms: Record<string, SnapshotFirm[]> = {};
  for (const [id, list] of Object.entries(obj(o['firms'] ?? {}, 'firms'))) {
    if (!ids.has(id)) throw new SnapshotError('is not a segment of the chain', `firms.${id}`);
    firms[id] = arr(list, `firms.${id}`).map((f, i) => {
      const fo = obj(f, `firms.${id}[${i}]`);
      return {
        id: str(fo['id'], `firms.${id}[${i}].id`),
        name: str(fo['name'], `firms.${id}[${i}].name`),
        nameEn: optStr(fo['nameEn'], `firms.${id}[${i}].nameEn`),
      };
    });
  }
  const sources = arr(o['sources'] ?? [], 'sources').map((s, i) => {
    const w = `sources[${i}]`;
    const so = obj(s, w);
    return {
      id: str(so['id'], `${w}.id`),
      title: str(so['title'], `${w}.title`),
      titleEn: optStr(so['titleEn'], `${w}.titleEn`),
      publisher: optStr(so['publisher'], `${w}.publisher`),
      publisherEn: optStr(so['publisherEn'], `${w}.publisherEn`),
      date: date(so['date'], `${w}.date`),
    };
  });
  const readOn = date(o['readOn'], 'readOn');
  if (readOn === null) throw new SnapshotError('must be a date like 2023-06-30', 'readOn');

  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    chain: {
      id: str(c['id'], 'chain.id'),
      name: str(c['name'], 'chain.name'),
      nameEn: optStr(c['nameEn'], 'chain.nameEn'),
      segments,
      flows,
    },
    scope: scope(o['scope'], 'scope'),
    place: place(o['place']),
    asOf: date(o['asOf'], 'asOf'),
    readOn,
    statuses,
    firms,
    sources,
    truncated: o['truncated'] === true,
  };
}
