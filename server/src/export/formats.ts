import type { Database } from '../db/database.js';
import { BadUserInputError } from '../errors.js';
import { type CsvDialect, type CsvEntity, csvEntities, csvExport } from './csv.js';
import { cytoscapeJson } from './cytoscape.js';
import { gexf } from './gexf.js';
import { chunked, graphElements } from './graph.js';
import { graphml } from './graphml.js';
import { type ExportScope, requireRegion, scopeIds } from './scope.js';

export const exportFormats = ['graphml', 'gexf', 'cytoscape', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  /** For CSV: which entity (one file per entity). */
  entity?: CsvEntity | null;
  dialect?: CsvDialect;
}

export interface ExportFile {
  filename: string;
  contentType: string;
  /** The file's text in chunks, produced as it is read: never the whole national file at once. */
  body: AsyncIterable<string>;
}

const contentTypes: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  cytoscape: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
const extensions: Record<ExportFormat, string> = {
  graphml: 'graphml',
  gexf: 'gexf',
  cytoscape: 'cyjs',
  csv: 'csv',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}

export function isCsvEntity(value: string): value is CsvEntity {
  return (csvEntities as readonly string[]).includes(value);
}

/** rizoom-MC19-organisations.csv, rizoom-nl.gexf */
function filename(request: ExportRequest): string {
  const parts = ['rizoom', request.scope.regionCode ?? 'nl'];
  if (request.format === 'csv' && request.entity) parts.push(request.entity);
  const safe = parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
  return `${safe}.${extensions[request.format]}`;
}

/**
 * Prepares an export: checks the request (BAD_USER_INPUT, or NOT_FOUND for an unknown region)
 * before anything is sent, then hands back a body that reads the database page by page.
 */
export async function exportNetwork(db: Database, request: ExportRequest): Promise<ExportFile> {
  if (request.format === 'csv' && !request.entity) {
    throw new BadUserInputError(`A CSV export needs an entity: one of ${csvEntities.join(', ')}.`);
  }
  await requireRegion(db, request.scope);
  const file = { filename: filename(request), contentType: contentTypes[request.format] };
  if (request.format === 'csv') {
    const entity = request.entity as CsvEntity;
    return { ...file, body: csvExport(db, request.scope, entity, request.dialect) };
  }
  const write = { graphml, gexf, cytoscape: cytoscapeJson }[request.format];
  async function* body() {
    const elements = graphElements(db, await scopeIds(db, request.scope));
    yield* chunked(write(elements));
  }
  return { ...file, body: body() };
}
