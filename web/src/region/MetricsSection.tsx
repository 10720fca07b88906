import { useId } from 'react';
import { NETWORK_METRICS_QUERY } from '../api/operations/region-overview';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { CommunityTable } from './CommunityTable';
import { formatDay } from './format';
import { MetricsSummary } from './MetricsSummary';
import { SectorBridges } from './SectorBridges';
import type { OverviewScope } from './scope';
import { TopOrganisations } from './TopOrganisations';

const TOP = 10;

/** The chosen network's measures on the reference date: key figures, central organisations, bridges. */
export function MetricsSection({ scope, asOf }: { scope: OverviewScope; asOf: string }) {
  const { ui } = useTexts();
  const headingId = useId();
  const query = useQuery(NETWORK_METRICS_QUERY, { regionCode: scope.regionCode, asOf, top: TOP });
  const metrics = query.status === 'success' ? query.data.networkMetrics : null;
  const texts = ui.region.metrics;

  let body = null;
  if (query.status === 'error') {
    body = <ErrorMessage title={texts.failed} error={query.error} onRetry={query.retry} />;
  } else if (!metrics) {
    body = <StatusMessage kind="loading" message={texts.loading} />;
  } else if (metrics.organisationCount === 0) {
    body = <StatusMessage kind="empty" message={texts.empty} />;
  } else {
    body = (
      <>
        <MetricsSummary metrics={metrics} />
        <div className="region-columns">
          <TopOrganisations
            heading={texts.byDegreeHeading}
            rows={metrics.byDegree}
            testId="top-degree"
          />
          <TopOrganisations
            heading={texts.byBetweennessHeading}
            rows={metrics.byBetweenness}
            testId="top-betweenness"
            note={
              metrics.betweennessMethod.exact
                ? undefined
                : texts.betweennessSampled(metrics.betweennessMethod.sampleSize)
            }
          />
        </div>
        <SectorBridges bridges={metrics.sectorBridges} />
        <CommunityTable total={metrics.communityCount} communities={metrics.communities} />
      </>
    );
  }

  return (
    <section
      className="region-section"
      aria-labelledby={headingId}
      aria-busy={query.status === 'loading'}
      data-testid="network-metrics"
      data-as-of={metrics?.asOf}
      data-organisation-count={metrics?.organisationCount}
    >
      <h2 id={headingId}>{texts.heading(scope.name)}</h2>
      <p className="muted region-section__line">{texts.asOfLine(formatDay(asOf, ui.locale))}</p>
      {body}
    </section>
  );
}
