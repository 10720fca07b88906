import { useId } from 'react';
import { GAP_SEVERITIES, type GapSummary } from '../api/operations/gaps';
import { useTexts } from '../i18n/language';

/** A region's gap counts per severity: missing expected ties and stale ties. */
export function SeveritySummary(props: {
  readonly regionName: string;
  readonly summary: GapSummary;
}) {
  const { ui } = useTexts();
  const headingId = useId();
  const { summary } = props;
  const counts = (severity: string) =>
    summary.bySeverity.find((row) => row.severity === severity) ?? { missingTies: 0, staleTies: 0 };
  return (
    <section className="gaps-summary" aria-labelledby={headingId} data-testid="gap-summary">
      <h2 id={headingId}>{ui.gaps.summaryHeading(props.regionName)}</h2>
      <table className="gaps-table gaps-table--compact">
        <thead>
          <tr>
            <th scope="col">{ui.gaps.severityColumn}</th>
            <th scope="col" className="numeric">
              {ui.gaps.missingColumn}
            </th>
            <th scope="col" className="numeric">
              {ui.gaps.staleColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {GAP_SEVERITIES.map((severity) => (
            <tr key={severity} data-severity={severity}>
              <th scope="row" className={`severity severity--${severity}`}>
                {ui.gaps.severity[severity]}
              </th>
              <td className="numeric">{counts(severity).missingTies}</td>
              <td className="numeric">{counts(severity).staleTies}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{ui.gaps.total}</th>
            <td className="numeric" data-testid="gap-summary-missing">
              {summary.missingTies}
            </td>
            <td className="numeric">{summary.staleTies}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">{ui.gaps.severityExplained}</p>
    </section>
  );
}
