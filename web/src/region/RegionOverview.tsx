import { useMemo } from 'react';
import { REGIONS_QUERY } from '../api/operations/regions';
import type { Viewer } from '../api/operations/viewer';
import { preferredRegionCode } from '../auth/preferredRegion';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useRegionParam } from '../hooks/useRegionParam';
import { sortByName } from '../i18n/compare';
import { useTexts } from '../i18n/language';
import { ComparisonSection } from './ComparisonSection';
import { GrowthSection } from './GrowthSection';
import { MetricsSection } from './MetricsSection';
import { OverviewToolbar } from './OverviewToolbar';
import { overviewScopes } from './scope';
import { useAsOfParam } from './useAsOfParam';
import './RegionOverview.css';

/** Loads the regions, keeps the chosen one and the reference date in the URL, shows the three parts. */
export function RegionOverview({ viewer }: { readonly viewer: Viewer }) {
  const { ui } = useTexts();
  const query = useQuery(REGIONS_QUERY, {});
  const data = query.status === 'success' ? query.data : null;
  const scopes = useMemo(
    () => (data ? overviewScopes(viewer.role, sortByName(data.regions), ui.region.country) : null),
    [data, viewer.role, ui.region.country],
  );
  const codes = useMemo(() => scopes?.map((scope) => scope.code) ?? null, [scopes]);
  const [code, selectCode] = useRegionParam(codes, preferredRegionCode(viewer));
  const [asOf, selectAsOf] = useAsOfParam();
  const scope = scopes?.find((candidate) => candidate.code === code);

  if (query.status === 'idle' || query.status === 'loading') {
    return <StatusMessage kind="loading" message={ui.status.loadingRegions} />;
  }
  if (query.status === 'error') {
    return (
      <ErrorMessage title={ui.status.regionsFailed} error={query.error} onRetry={query.retry} />
    );
  }
  if (!scopes || !scope) return <StatusMessage kind="empty" message={ui.status.noRegions} />;
  return (
    <div className="region-view" data-testid="region-overview" data-scope={scope.code}>
      <OverviewToolbar
        scopes={scopes}
        scope={scope}
        onScope={selectCode}
        asOf={asOf}
        onAsOf={selectAsOf}
      />
      <p className="region-intro">{ui.region.intro}</p>
      <MetricsSection scope={scope} asOf={asOf} />
      <ComparisonSection currentCode={scope.regionCode} asOf={asOf} onRegion={selectCode} />
      <GrowthSection scope={scope} asOf={asOf} />
    </div>
  );
}
