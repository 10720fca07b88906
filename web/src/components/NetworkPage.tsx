import { useMemo } from 'react';
import { REGIONS_QUERY } from '../api/operations/regions';
import type { Viewer } from '../api/operations/viewer';
import { preferredRegionCode } from '../auth/preferredRegion';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useRegionParam } from '../hooks/useRegionParam';
import { sortByName } from '../i18n/compare';
import { ui } from '../i18n/nl';
import { AppHeader } from './AppHeader';
import { ErrorMessage } from './ErrorMessage';
import { RegionNetwork } from './RegionNetwork';
import { RegionPicker } from './RegionPicker';
import { StatusMessage } from './StatusMessage';
import { ViewerBadge } from './ViewerBadge';

interface NetworkPageProps {
  readonly viewer: Viewer;
  /** Signed in just now: focus moves from the gone form to this page's heading. */
  readonly justSignedIn: boolean;
  readonly onSignOut: () => Promise<void>;
}

/** The Netwerkkaart page: pick an RMC region, see its network. */
export function NetworkPage({ viewer, justSignedIn, onSignOut }: NetworkPageProps) {
  useDocumentTitle(ui.documentTitle);
  const query = useQuery(REGIONS_QUERY, {});
  const data = query.status === 'success' ? query.data : null;
  const regions = useMemo(() => (data ? sortByName(data.regions) : null), [data]);
  const codes = useMemo(() => regions?.map((region) => region.code) ?? null, [regions]);
  const [regionCode, selectRegion] = useRegionParam(codes, preferredRegionCode(viewer));
  const region = regions?.find((candidate) => candidate.code === regionCode);

  return (
    <>
      <AppHeader
        title={ui.pageTitle}
        focusTitle={justSignedIn}
        account={<ViewerBadge viewer={viewer} onSignOut={onSignOut} />}
      >
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
