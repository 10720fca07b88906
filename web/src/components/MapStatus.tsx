import type { RegionNetworkData } from '../api/operations/regionNetwork';
import type { QueryResult } from '../hooks/useQuery';
import { ui } from '../i18n/nl';
import { ErrorMessage } from './ErrorMessage';
import { StatusMessage } from './StatusMessage';

interface MapStatusProps {
  readonly query: QueryResult<RegionNetworkData>;
  readonly regionCode: string;
}

/** What to say over the map when there is no network to look at (yet). */
export function MapStatus({ query, regionCode }: MapStatusProps) {
  switch (query.status) {
    case 'idle':
    case 'loading':
      return <StatusMessage kind="loading" message={ui.status.loadingNetwork} />;
    case 'error':
      return (
        <ErrorMessage title={ui.status.networkFailed} error={query.error} onRetry={query.retry} />
      );
    case 'success':
      if (query.data.region === null) {
        return <StatusMessage kind="info" message={ui.status.regionNotFound(regionCode)} />;
      }
      if (query.data.region.network.nodes.length === 0) {
        return <StatusMessage kind="empty" message={ui.status.emptyRegion} />;
      }
      return null;
  }
}
