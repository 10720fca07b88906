import neo4j, {
  DateTime,
  Duration,
  type Integer,
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  LocalDateTime,
  LocalTime,
  Date as Neo4jDate,
  Point,
  Time,
} from 'neo4j-driver';
import type { CypherQuery } from './cypher.js';
import type { DatabaseConfig } from './database.js';
import { toDomainError } from './errors.js';

// Whole-database dumps (backup and restore) need what `database.ts` deliberately hides: values
// with their exact Neo4j type (an integer 2 is not the float 2.0; a date is not a string) and
// results streamed record by record instead of collected. Values cross this boundary as typed
// JSON: an integer is {"$int":"2"}, a float a plain number (or {"$float":"NaN"}), temporal and
// spatial values carry their components ({"$datetime":[y,m,d,h,mi,s,ns,offset,zone]}), bytes
// are base64. Plain JSON maps appear only as records and property maps, never as values.

/** A Neo4j value as typed JSON (see above). */
export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

type Whole = Integer | number | undefined;
const n = (value: Whole) => (typeof value === 'number' ? value : (value?.toNumber() ?? 0));
const s = (value: Whole) => String(value ?? 0);

/** Neo4j value (lossless integers) → typed JSON. */
export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Int8Array || value instanceof Uint8Array)
    return {
      $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  const v = value as Record<string, Integer>;
  if (isDate(value)) return { $date: [n(v.year), n(v.month), n(v.day)] };
  if (isLocalTime(value))
    return { $localtime: [n(v.hour), n(v.minute), n(v.second), n(v.nanosecond)] };
  if (isTime(value))
    return {
      $time: [n(v.hour), n(v.minute), n(v.second), n(v.nanosecond), n(v.timeZoneOffsetSeconds)],
    };
  const clock = () => [
    n(v.year),
    n(v.month),
    n(v.day),
    n(v.hour),
    n(v.minute),
    n(v.second),
    n(v.nanosecond),
  ];
  if (isLocalDateTime(value)) return { $localdatetime: clock() };
  if (isDateTime(value)) {
    const zone = (value as { timeZoneId?: string | null }).timeZoneId ?? null;
    const offset = v.timeZoneOffsetSeconds;
    return {
      $datetime: [
        ...clock(),
        zone || offset === undefined || offset === null ? null : n(offset),
        zone,
      ],
    };
  }
  if (isDuration(value))
    return { $duration: [s(v.months), s(v.days), s(v.seconds), s(v.nanoseconds)] };
  if (isPoint(value)) {
    const p = value as Point;
    return { $point: p.z === undefined ? [n(p.srid), p.x, p.y] : [n(p.srid), p.x, p.y, p.z] };
  }
  const out: Record<string, Encoded> = {};
  for (const [key, item] of Object.entries(value)) out[key] = encodeValue(item);
  return out;
}

/** Typed JSON → the Neo4j value it stands for, ready to send as a parameter. */
export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const [tag, body] = Object.entries(value)[0] ?? [];
  const a = (Array.isArray(body) ? body : []) as (number | string | null)[];
  const i = (k: number) => neo4j.int(a[k] as number | string);
  switch (Object.keys(value).length === 1 ? tag : undefined) {
    case '$int':
      return neo4j.int(body as string);
    case '$float':
      return Number(body);
    case '$bytes':
      return new Int8Array(Buffer.from(body as string, 'base64'));
    case '$date':
      return new Neo4jDate(i(0), i(1), i(2));
    case '$localtime':
      return new LocalTime(i(0), i(1), i(2), i(3));
    case '$time':
      return new Time(i(0), i(1), i(2), i(3), i(4));
    case '$localdatetime':
      return new LocalDateTime(i(0), i(1), i(2), i(3), i(4), i(5), i(6));
    case '$datetime':
      return a[8]
        ? new DateTime(i(0), i(1), i(2), i(3), i(4), i(5), i(6), undefined, a[8] as string)
        : new DateTime(i(0), i(1), i(2), i(3), i(4), i(5), i(6), i(7));
    case '$duration':
      return new Duration(i(0), i(1), i(2), i(3));
    case '$point':
      return new Point(
        i(0),
        a[1] as number,
        a[2] as number,
        a[3] === undefined ? undefined : (a[3] as number),
      );
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = decodeValue(item);
  return out;
}

/** A connection for dumps: streams typed records out, writes typed parameters in. */
export interface DumpConnection {
  /** Streams the records of one read query, each field as typed JSON. */
  stream<P extends object, R extends object>(
    query: CypherQuery<P, R>,
    params: P,
  ): AsyncGenerator<R>;
  /** Runs one write transaction with typed-JSON parameters; returns typed-JSON records. */
  write<P extends object, R extends object>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
  close(): Promise<void>;
}

export function openDumpConnection(config: DatabaseConfig): DumpConnection {
  const auth =
    config.username && config.password !== undefined
      ? neo4j.auth.basic(config.username, config.password)
      : undefined;
  // Lossless integers: the point of a dump is that 2 stays an integer and 2.0 a float.
  const driver = neo4j.driver(config.uri, auth, {
    connectionAcquisitionTimeout: config.acquisitionTimeoutMs ?? 30_000,
    userAgent: 'rizoom-dump/0.1',
  });
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  const decodeParams = (params: object) =>
    decodeValue(params as Encoded) as Record<string, unknown>;
  return {
    async *stream(query, params) {
      const reader = session('READ');
      try {
        const result = reader.run(query.text, decodeParams(params));
        for await (const record of result) yield encodeValue(record.toObject()) as never;
      } catch (error) {
        throw toDomainError(error);
      } finally {
        await reader.close();
      }
    },
    async write(query, params) {
      const writer = session('WRITE');
      try {
        const result = await writer.executeWrite((tx) => tx.run(query.text, decodeParams(params)));
        return result.records.map((record) => encodeValue(record.toObject()) as never);
      } catch (error) {
        throw toDomainError(error);
      } finally {
        await writer.close();
      }
    },
    close: () => driver.close(),
  };
}
