import type { SignalPatternsData } from '../../api/operations/signal-patterns';
import { useTexts } from '../../i18n/language';
import { Count, PatternCard } from './PatternCard';
import { useRatioText } from './ratio';

/** How long cases waited from care inside the school to care outside it, per school. */
export function CareSwitchPattern({
  report,
}: {
  readonly report: SignalPatternsData['careSwitchDelays'];
}) {
  const { ui } = useTexts();
  const texts = ui.signals.patterns.careSwitch;
  const days = useRatioText('days');
  const flagged = report.schools.filter((school) => school.delays.flagged).length;
  const region = report.delays;
  return (
    <PatternCard
      testId="pattern-care-switch"
      title={texts.heading}
      explanation={texts.explained}
      rule={report.rule}
      flagged={flagged}
    >
      <p data-testid="pattern-total">
        {texts.totals(
          region.cases.shown,
          region.late.shown,
          days(region.medianDays, [region.cases]),
        )}
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
                  {texts.cases}
                </th>
                <th scope="col" className="numeric">
                  {texts.late}
                </th>
                <th scope="col" className="numeric">
                  {texts.median}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.schools.map(({ school, delays }) => (
                <tr
                  key={school.id}
                  className={delays.flagged ? 'is-flagged' : undefined}
                  data-testid="pattern-row"
                >
                  <th scope="row">
                    {school.name}
                    {delays.flagged && <span className="flag">{ui.signals.patterns.flagged}</span>}
                  </th>
                  <td className="numeric">
                    <Count count={delays.cases} />
                  </td>
                  <td className="numeric">
                    <Count count={delays.late} />
                  </td>
                  <td className="numeric">{days(delays.medianDays, [delays.cases])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PatternCard>
  );
}
