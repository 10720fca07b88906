import { type FormEvent, useContext, useId, useState } from 'react';
import { type ApiError, asApiError } from '../api/ApiError';
import {
  IMPORT_SPREADSHEET_MUTATION,
  type ImportResult,
} from '../api/operations/importSpreadsheet';
import { IMPORT_ENTITIES, type ImportEntity } from '../api/schema';
import { graphqlUpload } from '../api/upload';
import { SessionExpiryContext } from '../auth/sessionExpiry';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useTexts } from '../i18n/language';
import { ImportOutcome } from './ImportOutcome';

type Progress =
  | { readonly status: 'idle' | 'noFile' }
  | { readonly status: 'uploading'; readonly percent: number }
  | { readonly status: 'processing' }
  | { readonly status: 'done'; readonly result: ImportResult }
  | { readonly status: 'failed'; readonly error: ApiError };

/**
 * Upload a CSV file or an XLSX workbook for one kind of record. What was chosen stays after any outcome, so a
 * corrected file (or the same one after an outage) is one click away.
 */
export function ImportForm() {
  const { ui, importEntityLabels } = useTexts();
  const id = useId();
  const sessionExpired = useContext(SessionExpiryContext);
  const [entity, setEntity] = useState<ImportEntity>('ORGANISATIONS');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [progress, setProgress] = useState<Progress>({ status: 'idle' });
  const busy = progress.status === 'uploading' || progress.status === 'processing';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setProgress({ status: 'noFile' });
      return;
    }
    setProgress({ status: 'uploading', percent: 0 });
    try {
      const data = await graphqlUpload(
        IMPORT_SPREADSHEET_MUTATION,
        { entity, file: null, dryRun },
        file,
        ({ loaded, total }) => {
          const percent = total > 0 ? Math.round((loaded / total) * 100) : 0;
          setProgress(percent >= 100 ? { status: 'processing' } : { status: 'uploading', percent });
        },
      );
      setProgress({ status: 'done', result: data.importSpreadsheet });
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.code === 'UNAUTHENTICATED') sessionExpired();
      setProgress({ status: 'failed', error: apiError });
    }
  };

  return (
    <section className="admin-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{ui.admin.importHeading}</h2>
      <p className="muted">{ui.admin.importIntro}</p>
      <form className="import-form" onSubmit={submit} aria-busy={busy} data-testid="import-form">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-entity`}>
            {ui.admin.entity}
          </label>
          <select
            id={`${id}-entity`}
            className="field__control"
            value={entity}
            onChange={(event) => setEntity(event.target.value as ImportEntity)}
            data-testid="import-entity"
          >
            {IMPORT_ENTITIES.map((value) => (
              <option key={value} value={value}>
                {importEntityLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-file`}>
            {ui.admin.file}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            aria-invalid={progress.status === 'noFile' || undefined}
            data-testid="import-file"
          />
        </div>
        <label className="field">
          <input
            type="checkbox"
            checked={dryRun}
            onChange={(event) => setDryRun(event.target.checked)}
            data-testid="import-dry-run"
          />
          {ui.admin.dryRun}
        </label>
        <button type="submit" className="button" aria-disabled={busy} data-testid="import-submit">
          {ui.admin.submit}
        </button>
      </form>
      <div aria-live="polite" data-testid="import-status" data-status={progress.status}>
        {progress.status === 'noFile' && <StatusMessage kind="error" message={ui.admin.noFile} />}
        {progress.status === 'uploading' && (
          <div className="import-progress">
            <progress
              max={100}
              value={progress.percent}
              aria-label={ui.admin.uploading(progress.percent)}
            />
            <span>{ui.admin.uploading(progress.percent)}</span>
          </div>
        )}
        {progress.status === 'processing' && (
          <div className="import-progress">
            <progress aria-label={ui.admin.processing} />
            <span>{ui.admin.processing}</span>
          </div>
        )}
        {progress.status === 'failed' && (
          <ErrorMessage
            title={ui.admin.failed}
            error={progress.error}
            onRetry={() => setProgress({ status: 'idle' })}
          />
        )}
        {progress.status === 'done' && <ImportOutcome result={progress.result} />}
      </div>
    </section>
  );
}
