import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isTime,
  int as neo4jInt,
} from 'neo4j-driver';

/** A Neo4j temporal value (date, date-time, time, duration): sent as it is, the driver packs it. */
function isTemporal(value: object): boolean {
  return (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  );
}

/**
 * Converts one value read from Neo4j into plain JavaScript, once, at the boundary: temporal
 * values become ISO strings, nested lists and maps are converted too. Integers already arrive
 * as numbers (`disableLosslessIntegers`), which holds for every count and id we store.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = toPlain(item);
  return out;
}

/**
 * Prepares parameters for Neo4j, once, at the boundary: JavaScript has one number type, which
 * the driver sends as a float, so whole numbers (counts, ages, limits) become Neo4j integers.
 */
export function toParameters(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4jInt(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toParameters);
  if (value instanceof Date || isTemporal(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = toParameters(item);
  return out;
}
