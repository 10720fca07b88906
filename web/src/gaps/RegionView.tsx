import { type ReactNode, useMemo } from 'react';
import { REGIONS_QUERY, type RegionSummary } from '../api/operations/regions';
import type { Viewer } from '../api/operations/viewer';
import { preferredRegionCode } from '../auth/preferredRegion';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useRegionParam } from '../hooks/useRegionParam';
import { sortByName } from '../i18n/compare';
import { useTexts } from '../i18n/language';

export interface RegionChoice {
  readonly regions: readonly RegionSummary[];
  readonly region: RegionSummary;
  readonly onRegion: (code: string) => void;
}

/**
 * An analysis view of one RMC region: loads the regions, keeps the choice in the URL (?regio=)
 * like the map does (a coordinator starts in their own), and renders the view for it.
 */
export function RegionView(props: {
  readonly viewer: Viewer;
  readonly children: (choice: RegionChoice) => ReactNode;
}) {
  const { ui } = useTexts();
  const query = useQuery(REGIONS_QUERY, {});
  const data = query.status === 'success' ? query.data : null;
  const regions = useMemo(() => (data ? sortByName(data.regions) : null), [data]);
  const codes = useMemo(() => regions?.map((region) => region.code) ?? null, [regions]);
  const [regionCode, selectRegion] = useRegionParam(codes, preferredRegionCode(props.viewer));
  const region = regions?.find((candidate) => candidate.code === regionCode);

  if (query.status === 'idle' || query.status === 'loading') {
    return <StatusMessage kind="loading" message={ui.status.loadingRegions} />;
  }
  if (query.status === 'error') {
    return (
      <ErrorMessage title={ui.status.regionsFailed} error={query.error} onRetry={query.retry} />
    );
  }
  if (!regions || regions.length === 0 || !region) {
    return <StatusMessage kind="empty" message={ui.status.noRegions} />;
  }
  return props.children({ regions, region, onRegion: selectRegion });
}
