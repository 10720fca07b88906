import type { NeedDemand } from '../../api/operations/signal-patterns';
import { useTexts } from '../../i18n/language';
import { Count } from './PatternCard';

/** Cases per need and quarter, oldest quarter first (folded: the detail behind the growth). */
export function DemandQuarters({ needs }: { readonly needs: readonly NeedDemand[] }) {
  const { ui, needLabels } = useTexts();
  const texts = ui.signals.patterns.demand;
  const quarters = needs[0]?.quarters ?? [];
  return (
    <details className="pattern__details" data-testid="demand-quarters">
      <summary>{texts.quarters}</summary>
      <div className="pattern__scroll">
        <table className="pattern__table pattern__table--compact">
          <caption className="visually-hidden">{texts.quartersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.need}</th>
              {quarters.map((quarter) => (
                <th key={quarter.quarter} scope="col" className="numeric">
                  {quarter.quarter}
                  {!quarter.complete && <span className="muted">*</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {needs.map((row) => (
              <tr key={row.need}>
                <th scope="row">{needLabels[row.need]}</th>
                {row.quarters.map((quarter) => (
                  <td key={quarter.quarter} className="numeric">
                    <Count count={quarter.cases} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{texts.incomplete}</p>
    </details>
  );
}
