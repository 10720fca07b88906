import { useId } from 'react';
import type { OrganisationMetrics } from '../api/operations/region-overview';
import { useTexts } from '../i18n/language';

interface TopOrganisationsProps {
  readonly heading: string;
  readonly rows: readonly OrganisationMetrics[];
  readonly testId: string;
  readonly note?: string;
}

/** The most central organisations, in the order the API ranked them. */
export function TopOrganisations({ heading, rows, testId, note }: TopOrganisationsProps) {
  const texts = useTexts();
  const { ui } = texts;
  const headingId = useId();
  const betweenness = new Intl.NumberFormat(ui.locale, { maximumFractionDigits: 3 });
  return (
    <section className="region-block" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>{heading}</h3>
      <div className="region-table__scroll">
        <table className="region-table">
          <caption className="visually-hidden">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.region.metrics.organisation}</th>
              <th scope="col">{ui.region.metrics.sector}</th>
              <th scope="col" className="numeric">
                {ui.region.metrics.degree}
              </th>
              <th scope="col" className="numeric">
                {ui.region.metrics.betweenness}
              </th>
              <th scope="col" className="numeric">
                {ui.region.metrics.sectorsReached}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.organisation.id} data-testid="top-row">
                <th scope="row">
                  {row.organisation.name}
                  <span className="region-table__sub muted">
                    {texts.organisationKindLabels[row.kind]}
                  </span>
                </th>
                <td>{ui.gaps.sector[row.sector]}</td>
                <td className="numeric">{row.degree}</td>
                <td className="numeric">{betweenness.format(row.betweenness)}</td>
                <td className="numeric">{row.sectorsReached}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note && <p className="muted region-note">{note}</p>}
    </section>
  );
}
