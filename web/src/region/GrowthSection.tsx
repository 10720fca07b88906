import { useId, useState } from 'react';
import {
  type GrowthInterval,
  NETWORK_GROWTH_QUERY,
  type NetworkGrowthStep,
} from '../api/operations/region-overview';
import { BarChart } from '../charts/BarChart';
import { LineChart } from '../charts/LineChart';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { formatDay } from './format';
import type { OverviewScope } from './scope';

const INTERVALS: readonly GrowthInterval[] = ['QUARTER', 'MONTH'];

/** The network over the five years up to the reference date: its size, and what changed per step. */
export function GrowthSection({ scope, asOf }: { scope: OverviewScope; asOf: string }) {
  const { ui } = useTexts();
  const headingId = useId();
  const intervalId = useId();
  const [interval, setInterval] = useState<GrowthInterval>('QUARTER');
  const query = useQuery(NETWORK_GROWTH_QUERY, { regionCode: scope.regionCode, asOf, interval });
  const steps = query.status === 'success' ? query.data.networkGrowth : null;
  const texts = ui.region.growth;
  const month = new Intl.DateTimeFormat(ui.locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const stepLabel = (_end: unknown, step: NetworkGrowthStep) =>
    month.format(new Date(`${step.end}T00:00:00Z`));
  const first = steps?.[0];
  const last = steps?.[steps.length - 1];
  const grown = steps?.some((step) => step.organisations > 0) ?? false;

  return (
    <section
      className="region-section"
      aria-labelledby={headingId}
      data-testid="network-growth"
      data-last-organisations={last?.organisations}
    >
      <h2 id={headingId}>{texts.heading}</h2>
      <p className="region-section__line">{texts.intro}</p>
      <div className="field region-measure">
        <label className="field__label" htmlFor={intervalId}>
          {texts.interval}
        </label>
        <select
          id={intervalId}
          className="field__control"
          value={interval}
          onChange={(event) => setInterval(event.target.value as GrowthInterval)}
          data-testid="growth-interval"
        >
          {INTERVALS.map((option) => (
            <option key={option} value={option}>
              {texts.intervals[option]}
            </option>
          ))}
        </select>
      </div>
      {query.status === 'error' && (
        <ErrorMessage title={texts.failed} error={query.error} onRetry={query.retry} />
      )}
      {(query.status === 'loading' || query.status === 'idle') && (
        <StatusMessage kind="loading" message={texts.loading} />
      )}
      {steps && !grown && <StatusMessage kind="empty" message={texts.empty} />}
      {steps && grown && first && last && (
        <>
          <LineChart
            data={steps}
            xKey="end"
            xLabel={texts.stepEnd}
            formatX={stepLabel}
            yKeys={[
              { key: 'organisations', label: texts.organisations },
              { key: 'tiedPairs', label: texts.tiedPairs },
            ]}
            title={texts.chartTitle(scope.name)}
            description={texts.chartDescription(
              formatDay(first.end, ui.locale),
              formatDay(last.end, ui.locale),
              first.organisations,
              last.organisations,
            )}
            area
            testId="growth-chart"
          />
          <BarChart
            data={steps}
            xKey="end"
            xLabel={texts.stepEnd}
            formatX={stepLabel}
            yKeys={[
              { key: 'organisationsJoined', label: texts.joined },
              { key: 'tiesStarted', label: texts.started },
              { key: 'tiesEnded', label: texts.ended },
            ]}
            title={texts.changesHeading}
            height={240}
            testId="growth-changes"
          />
        </>
      )}
    </section>
  );
}
