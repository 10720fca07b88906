import { useId } from 'react';
import type { SectorBridge } from '../api/operations/region-overview';
import { BarChart } from '../charts/BarChart';
import { useTexts } from '../i18n/language';

/** How each sector reaches the others: a bar per sector, and who its outside ties end at. */
export function SectorBridges({ bridges }: { readonly bridges: readonly SectorBridge[] }) {
  const { ui } = useTexts();
  const headingId = useId();
  const texts = ui.region.metrics;
  const share = new Intl.NumberFormat(ui.locale, { style: 'percent' });
  const data = bridges.map((bridge) => ({
    sector: ui.gaps.sector[bridge.sector],
    outsideTies: bridge.outsideTies,
  }));
  return (
    <section className="region-block" aria-labelledby={headingId} data-testid="sector-bridges">
      <h3 id={headingId}>{texts.bridgesHeading}</h3>
      <BarChart
        data={data}
        xKey="sector"
        xLabel={texts.sector}
        yKeys={[{ key: 'outsideTies', label: texts.outsideTies }]}
        title={texts.bridgesChart}
        description={texts.bridgesDescription}
        orientation="horizontal"
        testId="bridges-chart"
      />
      <table className="region-table">
        <caption className="visually-hidden">{texts.bridgesHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.sector}</th>
            <th scope="col">{texts.gatekeepers}</th>
          </tr>
        </thead>
        <tbody>
          {bridges.map((bridge) => (
            <tr key={bridge.sector}>
              <th scope="row">{ui.gaps.sector[bridge.sector]}</th>
              <td>
                {bridge.gatekeepers.length === 0
                  ? texts.noGatekeepers
                  : bridge.gatekeepers
                      .map((gate) =>
                        texts.gatekeeper(gate.organisation.name, share.format(gate.share)),
                      )
                      .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
