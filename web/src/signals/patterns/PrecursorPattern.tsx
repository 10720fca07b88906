import type { DropoutPrecursor, SignalPatternsData } from '../../api/operations/signal-patterns';
import { useTexts } from '../../i18n/language';
import { Count, PatternCard } from './PatternCard';
import { useRatioText } from './ratio';

/** For dropouts: which earlier signals the same young person had, and how long before. */
export function PrecursorPattern({
  report,
}: {
  readonly report: SignalPatternsData['dropoutPrecursors'];
}) {
  const texts = useTexts();
  const { ui } = texts;
  const words = ui.signals.patterns.precursors;
  const share = useRatioText('percent');
  const days = useRatioText('days');
  const date = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const label = (precursor: DropoutPrecursor) => {
    const code = precursor.code;
    const known: Readonly<Record<string, string>> =
      precursor.type === 'CASE_KIND'
        ? texts.caseKindLabels
        : precursor.type === 'NEED'
          ? texts.needLabels
          : precursor.type === 'HANDOVER'
            ? ui.handovers.reasons
            : words.riskIndicators;
    return words.typed[precursor.type](known[code] ?? code);
  };
  return (
    <PatternCard
      testId="pattern-precursors"
      title={words.heading}
      explanation={words.explained}
      rule={null}
      flagged={null}
    >
      <p data-testid="pattern-total">
        {words.totals(
          report.dropouts.shown,
          report.preceded.shown,
          date.format(new Date(report.from)),
          date.format(new Date(report.asOf)),
        )}
      </p>
      {report.precursors.length === 0 ? (
        <p className="muted">{words.none}</p>
      ) : (
        <div className="pattern__scroll">
          <table className="pattern__table">
            <caption className="visually-hidden">{words.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{words.precursor}</th>
                <th scope="col" className="numeric">
                  {words.dropouts}
                </th>
                <th scope="col" className="numeric">
                  {words.share}
                </th>
                <th scope="col" className="numeric">
                  {words.lead}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.precursors.map((row) => (
                <tr key={`${row.type}:${row.code}`} data-testid="pattern-row">
                  <th scope="row">{label(row)}</th>
                  <td className="numeric">
                    <Count count={row.dropouts} />
                  </td>
                  <td className="numeric">{share(row.share, [row.dropouts])}</td>
                  <td className="numeric">{days(row.medianLeadDays, [row.dropouts])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PatternCard>
  );
}
