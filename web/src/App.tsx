import { useMemo } from 'react';
import { REGIONS_QUERY } from './api/operations/regions';
import { AppHeader } from './components/AppHeader';
import { ErrorMessage } from './components/ErrorMessage';
import { RegionNetwork } from './components/RegionNetwork';
import { RegionPicker } from './components/RegionPicker';
import { StatusMessage } from './components/StatusMessage';
import { useQuery } from './hooks/useQuery';
import { useRegionParam } from './hooks/useRegionParam';
import { sortByName } from './i18n/compare';
import { ui } from './i18n/nl';

/** The Netwerkkaart page: pick an RMC region, see its network. */
export function App() {
  const query = useQuery(REGIONS_QUERY, {});
  const data = query.status === 'success' ? query.data : null;
  const regions = useMemo(() => (data ? sortByName(data.regions) : null), [data]);
  const codes = useMemo(() => regions?.map((region) => region.code) ?? null, [regions]);
  const [regionCode, selectRegion] = useRegionParam(codes);
  const region = regions?.find((candidate) => candidate.code === regionCode);

  return (
    <>
      <AppHeader>
        {regions && regionCode && (
          <RegionPicker regions={regions} value={regionCode} onChange={selectRegion} />
        )}
      </AppHeader>
      <main className="app-main">
        {(query.status === 'idle' || query.status === 'loading') && (
          <StatusMessage kind="loading" message={ui.status.loadingRegions} />
        )}
        {query.status === 'error' && (
          <ErrorMessage title={ui.status.regionsFailed} error={query.error} onRetry={query.retry} />
        )}
        {regions?.length === 0 && <StatusMessage kind="empty" message={ui.status.noRegions} />}
        {region && <RegionNetwork region={region} />}
      </main>
      <footer className="app-footer muted">{ui.attribution}</footer>
    </>
  );
}
