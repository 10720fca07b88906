import type { SignalPatternsData } from '../../api/operations/signal-patterns';
import { useTexts } from '../../i18n/language';
import { DemandQuarters } from './DemandQuarters';
import { Count, PatternCard } from './PatternCard';
import { useRatioText } from './ratio';

/** Demand per need: cases in the last 12 months against the 12 before, rising ones first. */
export function DemandPattern({ report }: { readonly report: SignalPatternsData['needDemand'] }) {
  const { ui, needLabels } = useTexts();
  const texts = ui.signals.patterns.demand;
  const growth = useRatioText('growth');
  const rising = report.needs.filter((need) => need.rising).length;
  return (
    <PatternCard
      testId="pattern-demand"
      title={texts.heading}
      explanation={texts.explained}
      rule={report.rule}
      flagged={rising}
    >
      {report.needs.length === 0 ? (
        <p className="muted">{texts.none}</p>
      ) : (
        <div className="pattern__scroll">
          <table className="pattern__table">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.need}</th>
                <th scope="col" className="numeric">
                  {texts.earlier}
                </th>
                <th scope="col" className="numeric">
                  {texts.recent}
                </th>
                <th scope="col" className="numeric">
                  {texts.growth}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.needs.map((row) => (
                <tr
                  key={row.need}
                  className={row.rising ? 'is-flagged' : undefined}
                  data-testid="pattern-row"
                >
                  <th scope="row">
                    {needLabels[row.need]}
                    {row.rising && <span className="flag">{texts.rising}</span>}
                  </th>
                  <td className="numeric">
                    <Count count={row.earlier} />
                  </td>
                  <td className="numeric">
                    <Count count={row.recent} />
                  </td>
                  <td className="numeric">{growth(row.growth, [row.recent, row.earlier])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.needs.length > 0 && <DemandQuarters needs={report.needs} />}
    </PatternCard>
  );
}
