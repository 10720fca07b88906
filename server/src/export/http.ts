import type { Plugin } from 'graphql-yoga';
import { authenticate } from '../auth/request-context.js';
import type { SessionLookup } from '../auth/session-cache.js';
import type { Tokens } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { RizoomError } from '../errors.js';
import type { Logger } from '../logger.js';
import { csvEntities } from './csv.js';
import {
  type ExportRequest,
  exportFormats,
  exportNetwork,
  isCsvEntity,
  isExportFormat,
} from './formats.js';

// Downloads at GET /export/<format>?region=MC19&entity=…&dialect=excel, served by a Yoga plugin
// so that `app.fetch` and the node server answer alike. Cases leave only as counts (with the
// small-count rule). Any signed-in user may download the network map; nobody anonymous.

const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
};

function parseRequest(url: URL): ExportRequest {
  const format = url.pathname.slice('/export/'.length).replace(/\/$/, '');
  if (!isExportFormat(format)) {
    throw new RizoomError(
      'BAD_USER_INPUT',
      `Unknown export format '${format}'; use one of ${exportFormats.join(', ')}.`,
    );
  }
  const region = url.searchParams.get('region')?.trim().toUpperCase() || null;
  const entity = url.searchParams.get('entity')?.trim().toLowerCase() || null;
  if (entity !== null && !isCsvEntity(entity)) {
    throw new RizoomError(
      'BAD_USER_INPUT',
      `Unknown entity '${entity}'; use one of ${csvEntities.join(', ')}.`,
    );
  }
  const dialect = url.searchParams.get('dialect') === 'excel' ? 'excel' : 'standard';
  return { format, scope: { regionCode: region }, entity, dialect };
}

export function useExportDownloads({
  db,
  logger,
  sessions,
}: {
  db: Database;
  logger: Logger;
  sessions: { lookup: SessionLookup; tokens: Tokens };
}): Plugin {
  return {
    async onRequest({ url, request, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const json = (status: number, code: string, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ code, message }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        json(405, 'BAD_USER_INPUT', 'Exports are downloaded with GET.');
        return;
      }
      try {
        if (!(await authenticate(sessions.lookup, sessions.tokens, request)).viewer) {
          json(401, 'UNAUTHENTICATED', 'Sign in first.');
          return;
        }
        const file = await exportNetwork(db, parseRequest(url));
        const iterator = file.body[Symbol.asyncIterator]();
        const encoder = new TextEncoder();
        const stream = new fetchAPI.ReadableStream<Uint8Array>({
          async pull(controller) {
            try {
              const next = await iterator.next();
              if (next.done) controller.close();
              else controller.enqueue(encoder.encode(next.value));
            } catch (error) {
              // Headers are gone: the download breaks off, and the log says why.
              logger.error({ err: error, path: url.pathname }, 'export failed while streaming');
              controller.error(error);
            }
          },
          async cancel() {
            await iterator.return?.();
          },
        });
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : stream, {
            status: 200,
            headers: {
              'content-type': file.contentType,
              'content-disposition': `attachment; filename="${file.filename}"`,
              'cache-control': 'no-store',
            },
          }),
        );
      } catch (error) {
        if (error instanceof RizoomError && statusOf[error.code]) {
          json(statusOf[error.code] as number, error.code, error.message);
        } else {
          logger.error({ err: error, path: url.pathname }, 'export failed');
          json(500, 'INTERNAL', 'The export failed. Try again, or ask an administrator.');
        }
      }
    },
  };
}
