import type { SignalPatternsData } from '../../api/operations/signal-patterns';
import { useTexts } from '../../i18n/language';
import { Count, PatternCard } from './PatternCard';
import { useRatioText } from './ratio';

/** Dropout in the first MBO year after the warm VO → MBO transfer, per sending school. */
export function TransferDropoutPattern({
  report,
}: {
  readonly report: SignalPatternsData['transferDropout'];
}) {
  const { ui } = useTexts();
  const texts = ui.signals.patterns.transfer;
  const ratio = useRatioText();
  const flagged = report.schools.filter((school) => school.flagged).length;
  return (
    <PatternCard
      testId="pattern-transfer-dropout"
      title={texts.heading}
      explanation={texts.explained}
      rule={report.rule}
      flagged={flagged}
    >
      <p data-testid="pattern-total">
        {texts.totals(report.transfers.shown, report.dropouts.shown)}
      </p>
      {report.schools.length === 0 ? (
        <p className="muted">{texts.none}</p>
      ) : (
        <div className="pattern__scroll">
          <table className="pattern__table">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.school}</th>
                <th scope="col" className="numeric">
                  {texts.transfers}
                </th>
                <th scope="col" className="numeric">
                  {texts.dropouts}
                </th>
                <th scope="col" className="numeric">
                  {texts.rate}
                </th>
                <th scope="col" className="numeric">
                  {texts.baseline}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.schools.map((row) => (
                <tr
                  key={row.school.id}
                  className={row.flagged ? 'is-flagged' : undefined}
                  data-testid="pattern-row"
                >
                  <th scope="row">
                    {row.school.name}
                    {row.flagged && <span className="flag">{ui.signals.patterns.flagged}</span>}
                  </th>
                  <td className="numeric">
                    <Count count={row.transfers} />
                  </td>
                  <td className="numeric">
                    <Count count={row.dropouts} />
                  </td>
                  <td className="numeric">{ratio(row.rate, [row.transfers, row.dropouts])}</td>
                  <td className="numeric">
                    {ratio(row.baselineRate, [row.baselineTransfers, row.baselineDropouts])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PatternCard>
  );
}
