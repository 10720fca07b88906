import { useId } from 'react';
import type { NetworkFigures } from '../api/operations/region-overview';
import { useTexts } from '../i18n/language';
import { MEASURES } from './comparison';
import { formatMeasure } from './format';

/** The network's key figures, each with a line on what it means. */
export function MetricsSummary({ metrics }: { readonly metrics: NetworkFigures }) {
  const { ui } = useTexts();
  const headingId = useId();
  const texts = ui.region.metrics;
  return (
    <section className="region-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{texts.summaryHeading}</h3>
      <table className="region-table" data-testid="metrics-table">
        <thead>
          <tr>
            <th scope="col">{texts.measure}</th>
            <th scope="col" className="numeric">
              {texts.value}
            </th>
            <th scope="col">{texts.explanation}</th>
          </tr>
        </thead>
        <tbody>
          {MEASURES.map((measure) => (
            <tr key={measure} data-testid="metric-row" data-metric={measure}>
              <th scope="row">{ui.region.measures[measure]}</th>
              <td className="numeric" data-value={metrics[measure]}>
                {formatMeasure(measure, metrics[measure], ui.locale)}
              </td>
              <td className="muted">{ui.region.measureHelp[measure]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
