/**
 * The spreadsheet formats: one file per entity, a header row, one record per row. The same
 * columns are what the CSV export writes, so an exported file imports again unchanged.
 * README.md in this folder documents every column for people who fill in a spreadsheet.
 */
export const importEntities = [
  'organisations',
  'professionals',
  'ties',
  'tables',
  'table-members',
] as const;
export type ImportEntity = (typeof importEntities)[number];

export interface ColumnSpec {
  /** The canonical header, as the export writes it. */
  name: string;
  required: boolean;
  /** Other headers accepted for it, e.g. Kumu's `from` for `source`. */
  aliases?: readonly string[];
}

const column = (name: string, required: boolean, aliases?: readonly string[]): ColumnSpec =>
  aliases ? { name, required, aliases } : { name, required };

export const columnsOf: Record<ImportEntity, readonly ColumnSpec[]> = {
  // `id` and `label` are what Gephi's spreadsheet import looks for in a node table.
  organisations: [
    column('id', true),
    column('label', true, ['name']),
    column('kind', true),
    column('municipalities', true),
    column('brin', false),
    column('kvk', false),
    column('swv_code', false),
    column('offers', false),
    column('samenwerkingsverband', false),
    column('status', false),
  ],
  professionals: [
    column('id', true),
    column('label', true, ['name']),
    column('role', true),
    column('organisation', true),
    column('start_date', false),
    column('email', false),
    column('phone', false),
    column('expertise', false),
    column('status', false),
  ],
  // `source` and `target` are Gephi's edge-table columns; Kumu calls them `from` and `to`.
  ties: [
    column('id', false),
    column('source', true, ['from']),
    column('target', true, ['to']),
    column('between', false),
    column('kind', true),
    column('strength', false, ['weight']),
    column('last_confirmed_at', false),
    column('asserted_by', false),
    column('confirmed_by', false),
    column('status', false),
  ],
  tables: [
    column('id', true),
    column('label', true, ['name']),
    column('kind', true),
    column('municipalities', true),
    column('status', false),
  ],
  'table-members': [
    column('table', true),
    column('member', true),
    column('member_type', false),
    column('since', false),
  ],
};

/** The headers the CSV export writes for an entity, in order. */
export const headerOf = (entity: ImportEntity): string[] =>
  columnsOf[entity].map((spec) => spec.name);

/** Several values in one cell are separated by `|`, as Kumu does. */
export const listSeparator = '|';

/** "Last confirmed at", "last-confirmed-at" and "LAST_CONFIRMED_AT" all name one column. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
