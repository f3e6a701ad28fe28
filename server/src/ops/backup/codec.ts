// Neo4j property values <-> JSON, losing nothing: integers stay integers and floats floats (the
// backup driver keeps integers lossless), and every temporal, spatial and byte-array type comes
// back as the same type. Properties cannot hold maps in Neo4j, so a JSON object is always one of
// the tags below.
//
//   INTEGER        {"$int": "-42"}                 (as a string: beyond 2^53 too)
//   FLOAT          1.5, or {"$float": "NaN" | "Infinity" | "-Infinity" | "-0"}
//   DATE           {"$date": "2024-05-01"}
//   LOCAL TIME     {"$localtime": [h, m, s, ns]}
//   ZONED TIME     {"$time": [h, m, s, ns, offsetSeconds]}
//   LOCAL DATETIME {"$localdatetime": [y, mo, d, h, mi, s, ns]}
//   ZONED DATETIME {"$datetime": [y, mo, d, h, mi, s, ns, offsetSeconds | null, zoneId | null]}
//   DURATION       {"$duration": [months, days, seconds, nanoseconds]}
//   POINT          {"$point": [srid, x, y]} or [srid, x, y, z]
//   BYTE ARRAY     {"$bytes": "<base64>"}
//   LIST           a JSON array of the above
import neo4j, {
  Date as NeoDate,
  DateTime,
  Duration,
  Integer,
  LocalDateTime,
  LocalTime,
  Point,
  Time,
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

export type Encoded = null | boolean | string | number | Encoded[] | { [tag: string]: unknown };

const n = (v: Integer | number) => (typeof v === 'number' ? v : v.toNumber());
const int = (v: number | string) => neo4j.int(v);

export function encode(value: unknown, where: string): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value) || !Number.isFinite(value)) return { $float: String(value) };
    if (Object.is(value, -0)) return { $float: '-0' };
    return value;
  }
  if (Integer.isInteger(value)) return { $int: (value as Integer).toString() };
  if (Array.isArray(value)) return value.map((v, i) => encode(v, `${where}[${i}]`));
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (isDate(value)) return { $date: value.toString() };
  if (isLocalTime(value)) return { $localtime: [n(value.hour), n(value.minute), n(value.second), n(value.nanosecond)] };
  if (isTime(value)) {
    return { $time: [n(value.hour), n(value.minute), n(value.second), n(value.nanosecond), n(value.timeZoneOffsetSeconds)] };
  }
  if (isLocalDateTime(value)) {
    const v = value;
    return { $localdatetime: [n(v.year), n(v.month), n(v.day), n(v.hour), n(v.minute), n(v.second), n(v.nanosecond)] };
  }
  if (isDateTime(value)) {
    const v = value;
    const offset = v.timeZoneOffsetSeconds === undefined ? null : n(v.timeZoneOffsetSeconds);
    return {
      $datetime: [n(v.year), n(v.month), n(v.day), n(v.hour), n(v.minute), n(v.second), n(v.nanosecond), offset, v.timeZoneId ?? null],
    };
  }
  if (isDuration(value)) return { $duration: [value.months, value.days, value.seconds, value.nanoseconds].map((x) => String(x)) };
  if (isPoint(value)) {
    const p = value;
    return { $point: p.z === undefined ? [n(p.srid), p.x, p.y] : [n(p.srid), p.x, p.y, p.z] };
  }
  throw new Error(`${where}: a value of an unknown type (${Object.prototype.toString.call(value)}) cannot be backed up`);
}

export function decode(value: Encoded, where: string): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((v, i) => decode(v, `${where}[${i}]`));
  const [tag, ...rest] = Object.keys(value);
  if (!tag || rest.length) throw new Error(`${where}: expected one type tag, got ${JSON.stringify(Object.keys(value))}`);
  const v = value[tag] as never;
  switch (tag) {
    case '$int':
      return int(v);
    case '$float':
      return Number(v);
    case '$bytes':
      return new Uint8Array(Buffer.from(v as string, 'base64'));
    case '$date': {
      const [y, m, d] = (v as string).split(/(?<=\d)-/).map(Number) as [number, number, number];
      return new NeoDate(int(y), int(m), int(d));
    }
    case '$localtime': {
      const [h, m, s, ns] = v as number[];
      return new LocalTime(int(h!), int(m!), int(s!), int(ns!));
    }
    case '$time': {
      const [h, m, s, ns, off] = v as number[];
      return new Time(int(h!), int(m!), int(s!), int(ns!), int(off!));
    }
    case '$localdatetime': {
      const [y, mo, d, h, mi, s, ns] = v as number[];
      return new LocalDateTime(int(y!), int(mo!), int(d!), int(h!), int(mi!), int(s!), int(ns!));
    }
    case '$datetime': {
      const [y, mo, d, h, mi, s, ns, off, zone] = v as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number | null,
        string | null,
      ];
      // A zone id is the truth (the offset follows from it); without one, the offset.
      return new DateTime(int(y), int(mo), int(d), int(h), int(mi), int(s), int(ns), zone ? undefined : int(off!), zone ?? undefined);
    }
    case '$duration': {
      const [mo, d, s, ns] = v as string[];
      return new Duration(int(mo!), int(d!), int(s!), int(ns!));
    }
    case '$point': {
      const [srid, x, y, z] = v as number[];
      return new Point(int(srid!), x!, y!, z);
    }
    default:
      throw new Error(`${where}: unknown type tag ${tag}`);
  }
}

export function encodeProps(props: Record<string, unknown>, where: string): Record<string, Encoded> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encode(v, `${where}.${k}`)]));
}

export function decodeProps(props: Record<string, Encoded>, where: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decode(v, `${where}.${k}`)]));
}
