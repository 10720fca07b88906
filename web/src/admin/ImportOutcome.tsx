import type { ImportResult } from '../api/operations/importSpreadsheet';
import { StatusMessage } from '../components/StatusMessage';
import { useTexts } from '../i18n/language';

/** The import's report, or every problem with its line and column in a table. */
export function ImportOutcome({ result }: { readonly result: ImportResult }) {
  const { ui } = useTexts();
  if (result.__typename === 'MutationImportSpreadsheetSuccess') {
    const { rows, created, updated, unchanged, dryRun } = result.data;
    return (
      <StatusMessage
        kind="info"
        title={dryRun ? ui.admin.checked : ui.admin.succeeded}
        message={ui.admin.report(rows, created, updated, unchanged)}
      />
    );
  }
  return (
    <div className="import-errors" role="alert" data-testid="import-errors">
      <p className="import-errors__title">{ui.admin.failed}</p>
      <p>{ui.admin.errorCount(result.errors.length, result.errorCount)}</p>
      <table>
        <caption className="visually-hidden">{ui.admin.errorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.admin.line}</th>
            <th scope="col">{ui.admin.column}</th>
            <th scope="col">{ui.admin.reason}</th>
          </tr>
        </thead>
        <tbody>
          {result.errors.map((error, index) => (
            // Several problems may share a line and column; their order is the server's.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
            <tr key={index} data-line={error.line ?? ''} data-column={error.column ?? ''}>
              <td className="numeric">{error.line ?? ui.admin.wholeFile}</td>
              <td>{error.column ?? ui.admin.wholeRow}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
