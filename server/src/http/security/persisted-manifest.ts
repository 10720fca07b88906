import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type GraphQLSchema, Kind, parse, validate } from 'graphql';
import { sha256 } from './persisted-operations.js';

/**
 * The persisted operations file for a set of documents: `{ sha256(text): text }`, sorted by
 * id. Every document must hold an operation and be valid against the schema the API serves,
 * so a stale operation fails here rather than in a user's browser.
 */
export function buildManifest(
  documents: readonly string[],
  schema: GraphQLSchema,
): Record<string, string> {
  const entries = documents.map((text): [string, string] => {
    const problems = validate(schema, parse(text)).map((error) => error.message);
    if (problems.length > 0) {
      throw new Error(`Invalid operation:\n${text.trim()}\n→ ${problems.join('\n→ ')}`);
    }
    return [sha256(text), text];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The exported strings of a module that are GraphQL documents with at least one operation. */
export function operationsIn(module: Record<string, unknown>): string[] {
  return Object.values(module).filter(
    (value): value is string => typeof value === 'string' && holdsOperation(value),
  );
}

function holdsOperation(text: string): boolean {
  try {
    return parse(text).definitions.some(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
}

/** Imports every .ts/.js module under the paths (tsx resolves the web app's imports). */
export async function operationsUnder(paths: readonly string[]): Promise<string[]> {
  const files = paths.flatMap((path) => modulesUnder(resolve(path)));
  const modules = await Promise.all(
    files.map((file) => import(pathToFileURL(file).href) as Promise<Record<string, unknown>>),
  );
  return [...new Set(modules.flatMap(operationsIn))];
}

function modulesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return modulesUnder(child);
      const isModule = ['.ts', '.tsx', '.js'].includes(extname(name)) && !/\.test\./.test(name);
      return isModule ? [child] : [];
    });
}
