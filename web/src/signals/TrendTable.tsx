import { useId } from 'react';
import type { SignalTrend } from '../api/operations/signals';
import { useTexts } from '../i18n/language';

/** The national trends as a table: the chart's data for keyboard and screen-reader users. */
export function TrendTable({ trends }: { readonly trends: readonly SignalTrend[] }) {
  const { ui, needLabels } = useTexts();
  const texts = ui.signals.national;
  const headingId = useId();
  return (
    <section className="node-table" aria-labelledby={headingId}>
      <h3 id={headingId}>{texts.tableHeading}</h3>
      <div className="node-table__scroll">
        <table data-testid="trend-table">
          <caption className="visually-hidden">{texts.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.quarter}</th>
              <th scope="col">{texts.kind}</th>
              <th scope="col">{texts.need}</th>
              <th scope="col" className="numeric">
                {texts.raised}
              </th>
              <th scope="col" className="numeric">
                {texts.open}
              </th>
              <th scope="col" className="numeric">
                {texts.closed}
              </th>
              <th scope="col" className="numeric">
                {texts.regions}
              </th>
            </tr>
          </thead>
          <tbody>
            {trends.map((trend) => (
              <tr
                key={`${trend.quarter}:${trend.kind}:${trend.need ?? ''}`}
                data-testid="trend-row"
              >
                <th scope="row">{trend.quarter}</th>
                <td>{ui.signals.kinds[trend.kind]}</td>
                <td>{trend.need ? needLabels[trend.need] : texts.noNeed}</td>
                <td className="numeric">{trend.raised}</td>
                <td className="numeric">{trend.open}</td>
                <td className="numeric">{trend.closed}</td>
                <td className="numeric">{trend.regions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
