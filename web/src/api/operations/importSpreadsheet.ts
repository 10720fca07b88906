import type { ImportEntity } from '../schema';
import { typedDocument } from '../typedDocument';

export interface ImportRowError {
  /** Null: the file as a whole. */
  readonly line: number | null;
  /** Null: the whole row. */
  readonly column: string | null;
  readonly message: string;
}

export type ImportResult =
  | {
      readonly __typename: 'MutationImportSpreadsheetSuccess';
      readonly data: {
        readonly rows: number;
        readonly created: number;
        readonly updated: number;
        readonly unchanged: number;
        readonly dryRun: boolean;
      };
    }
  | {
      readonly __typename: 'ImportFailed';
      readonly message: string;
      readonly errorCount: number;
      readonly errors: readonly ImportRowError[];
    };

export interface ImportVariables {
  readonly entity: ImportEntity;
  /** Sent as a multipart part (the GraphQL multipart request spec); null in the JSON. */
  readonly file: null;
  readonly dryRun: boolean;
}

export const IMPORT_SPREADSHEET_MUTATION = typedDocument<
  { readonly importSpreadsheet: ImportResult },
  ImportVariables
>(/* GraphQL */ `
  mutation ImportSpreadsheet($entity: ImportEntity!, $file: File!, $dryRun: Boolean) {
    importSpreadsheet(entity: $entity, file: $file, dryRun: $dryRun) {
      __typename
      ... on MutationImportSpreadsheetSuccess { data { rows created updated unchanged dryRun } }
      ... on ImportFailed { message errorCount errors { line column message } }
    }
  }
`);
