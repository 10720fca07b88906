import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { z } from 'zod';

/** The allow-list of operations: `{ id: document }`, ids being the SHA-256 of the document. */
export type PersistedOperations = ReadonlyMap<string, string>;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const manifestSchema = z.record(z.string().min(1), z.string().min(1));

/** Reads the file of persisted operations, failing at start-up with the file named. */
export function loadPersistedOperations(file: string): PersistedOperations {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `RIZOOM_PERSISTED_OPERATIONS: cannot read ${file}: ${(error as Error).message}`,
    );
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) {
    throw new Error(
      `RIZOOM_PERSISTED_OPERATIONS: ${file} is not a JSON object of { hash: document }`,
    );
  }
  return new Map(Object.entries(manifest.data));
}

/**
 * Persisted operations (`@graphql-yoga/plugin-persisted-operations`). A client may send an
 * operation's id instead of its text — `extensions.persistedQuery.sha256Hash` (Apollo's form)
 * or `documentId` (GraphQL over HTTP's) — and Yoga runs the stored document.
 *
 * With `only`, nothing else runs. A client that sends the full text of an allowed operation
 * (the web app does) is still served: its text is looked up by hash, so the allow-list decides,
 * not the way the client sends it.
 */
export function usePersistedOperationsFrom(
  operations: PersistedOperations,
  only: boolean,
): Plugin[] {
  const idByText = new Map([...operations].map(([id, document]) => [sha256(document), id]));
  const knownTextToId: Plugin = {
    onParams({ params, setParams }) {
      const id = params.query ? idByText.get(sha256(params.query)) : undefined;
      if (id) setParams({ ...params, query: undefined, extensions: withId(params, id) });
    },
  };
  return [
    ...(only ? [knownTextToId] : []),
    usePersistedOperations({
      getPersistedOperation: (id) => operations.get(id) ?? null,
      allowArbitraryOperations: !only,
      extractPersistedOperationId: (params) => {
        const documentId = (params as { documentId?: unknown }).documentId;
        if (typeof documentId === 'string') return documentId;
        const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)
          ?.sha256Hash;
        return typeof hash === 'string' ? hash : null;
      },
      customErrors: {
        persistedQueryOnly: {
          message: 'This server runs persisted operations only.',
          extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
        },
        notFound: {
          message: 'No persisted operation has this id.',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        },
        keyNotFound: {
          message: 'Send a persisted operation id or, where allowed, a document.',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        },
      },
    }),
  ];
}

function withId(params: GraphQLParams, id: string): Record<string, unknown> {
  return { ...params.extensions, persistedQuery: { version: 1, sha256Hash: id } };
}
