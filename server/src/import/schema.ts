import { ScalarRef } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { builder } from '../schema/builder.js';
import { ErrorInterface } from '../schema/errors.js';
import { type ImportEntity, importEntities } from './columns.js';
import { tooLarge, uploadLimits } from './file-checks.js';
import { importSpreadsheet } from './import.js';
import { ImportFailedError, maxReportedIssues, type RowIssue } from './issues.js';

// `importSpreadsheet`: a CSV file or an XLSX workbook through graphql-yoga's multipart uploads (the GraphQL
// multipart request spec), checked whole and written in one transaction, or every problem
// returned as an ImportFailed result.

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Yoga's File may come from a ponyfill rather than Node's own class: recognised by its shape. */
function isFile(value: unknown): value is File {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as File).arrayBuffer === 'function' &&
    typeof (value as File).name === 'string' &&
    typeof (value as File).size === 'number'
  );
}

/**
 * The `File` scalar of multipart uploads: yoga hands the resolver a WHATWG File; input only.
 * `builder.scalarType('File', …)` would need File in builder.ts's Scalars; this registers the
 * same ref and config that call makes (hence the casts), keeping the capability in its folder.
 * Moving it to builder.ts is a one-line change if more uploads appear.
 */
const FileScalar = new ScalarRef<Types, never, File>('File');
FileScalar.updateConfig({
  kind: 'Scalar',
  graphqlKind: 'Scalar',
  name: 'File',
  description: 'A file sent as a multipart upload (input only).',
  serialize: () => {
    throw new GraphQLError('A File is input only.');
  },
  parseValue: (value: unknown) => {
    if (isFile(value)) return value;
    throw new GraphQLError('Expected a file sent as a multipart upload.');
  },
  parseLiteral: () => {
    throw new GraphQLError('A file must be sent as a multipart upload, not inline.');
  },
  pothosOptions: {},
  extensions: {},
} as never);
builder.configStore.addTypeRef(FileScalar as never);

const entityValues: Record<string, ImportEntity> = Object.fromEntries(
  importEntities.map((entity) => [entity.toUpperCase().replace('-', '_'), entity]),
);

const ImportEntityEnum = builder.enumType('ImportEntity', {
  description: 'Which kind of record a spreadsheet holds; the columns of each are documented.',
  values: Object.fromEntries(
    Object.entries(entityValues).map(([name, entity]) => [name, { value: entity }]),
  ) as Record<string, { value: ImportEntity }>,
});

const RowIssueRef = builder.objectRef<RowIssue>('ImportRowError').implement({
  description: 'One problem in the file: the line (1 is the header), the column and the reason.',
  fields: (t) => ({
    line: t.exposeInt('line', { nullable: true, description: 'Null: the file as a whole.' }),
    column: t.exposeString('column', { nullable: true, description: 'Null: the whole row.' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ImportFailedError, {
  name: 'ImportFailed',
  description: 'The file was not imported and nothing was written; here is every problem.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    errors: t.field({
      type: [RowIssueRef],
      description: `The problems, by line; at most ${maxReportedIssues} (see errorCount).`,
      resolve: (error) => error.issues,
    }),
    errorCount: t.exposeInt('issueCount', { description: 'How many problems there are in all.' }),
  }),
});

const ImportReportRef = builder
  .objectRef<Awaited<ReturnType<typeof importSpreadsheet>>>('ImportReport')
  .implement({
    description: 'What an import did, or on a dry run would do.',
    fields: (t) => ({
      entity: t.field({ type: ImportEntityEnum, resolve: (report) => report.entity }),
      rows: t.exposeInt('rows', { description: 'Rows in the file.' }),
      created: t.exposeInt('created'),
      updated: t.exposeInt('updated'),
      unchanged: t.exposeInt('unchanged'),
      dryRun: t.exposeBoolean('dryRun', { description: 'True: nothing was written.' }),
    }),
  });

builder.mutationField('importSpreadsheet', (t) =>
  t.field({
    type: ImportReportRef,
    description:
      'Imports a CSV file or an XLSX workbook (told apart by content) of organisations, ' +
      'professionals, ties, consultation tables or their members. All rows are checked before anything is written; any problem returns ' +
      'ImportFailed and writes nothing. Importing the same file again changes nothing.',
    authScopes: { admin: true },
    errors: { types: [ImportFailedError] },
    args: {
      entity: t.arg({ type: ImportEntityEnum, required: true }),
      file: t.arg({ type: FileScalar, required: true }),
      dryRun: t.arg.boolean({ description: 'Check and count, write nothing.' }),
    },
    resolve: async (_root, { entity, file, dryRun }, { db }) => {
      // Refused before the upload is read into memory twice.
      if (file.size > uploadLimits.maxBytes) {
        const message = tooLarge(file.size, uploadLimits);
        throw new ImportFailedError([{ line: null, column: null, message }]);
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      return importSpreadsheet(db, {
        entity,
        bytes,
        filename: file.name,
        dryRun: dryRun ?? false,
        limits: uploadLimits,
      });
    },
  }),
);
