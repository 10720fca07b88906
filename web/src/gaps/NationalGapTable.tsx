import { useState } from 'react';
import { NATIONAL_GAP_SUMMARY_QUERY } from '../api/operations/gaps';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { compareDutch } from '../i18n/compare';
import { useTexts } from '../i18n/language';

/** Every RMC region's gap counts, asked for only when opened; a row's button opens the region. */
export function NationalGapTable(props: {
  readonly currentCode: string;
  readonly onRegion: (code: string) => void;
}) {
  const { ui } = useTexts();
  const [open, setOpen] = useState(false);
  const query = useQuery(NATIONAL_GAP_SUMMARY_QUERY, open ? {} : null);
  const rows =
    query.status === 'success'
      ? [...query.data.nationalGapSummary.regions].sort((a, b) =>
          compareDutch(a.region.name, b.region.name),
        )
      : [];
  const missingOf = (row: (typeof rows)[number], severity: string) =>
    row.summary.bySeverity.find((count) => count.severity === severity)?.missingTies ?? 0;
  return (
    <details
      className="gaps-national"
      data-testid="national-gaps"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{ui.gaps.nationalHeading}</summary>
      {query.status === 'loading' && (
        <StatusMessage kind="loading" message={ui.gaps.nationalLoading} />
      )}
      {query.status === 'error' && (
        <ErrorMessage title={ui.gaps.nationalFailed} error={query.error} onRetry={query.retry} />
      )}
      {rows.length > 0 && (
        <div className="gaps-list__scroll">
          <table className="gaps-table">
            <caption className="visually-hidden">{ui.gaps.nationalCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{ui.gaps.region}</th>
                <th scope="col" className="numeric">
                  {ui.gaps.severity.HIGH}
                </th>
                <th scope="col" className="numeric">
                  {ui.gaps.severity.MEDIUM}
                </th>
                <th scope="col" className="numeric">
                  {ui.gaps.severity.LOW}
                </th>
                <th scope="col" className="numeric">
                  {ui.gaps.staleColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.region.code}
                  className={row.region.code === props.currentCode ? 'is-selected' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => props.onRegion(row.region.code)}
                    >
                      {ui.regionPicker.option(row.region.name, row.region.code)}
                    </button>
                  </th>
                  <td className="numeric">{missingOf(row, 'HIGH')}</td>
                  <td className="numeric">{missingOf(row, 'MEDIUM')}</td>
                  <td className="numeric">{missingOf(row, 'LOW')}</td>
                  <td className="numeric">{row.summary.staleTies}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
