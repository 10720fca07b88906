import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useTexts } from '../i18n/language';
import type { MapScope } from './mapScope';
import type { MapData } from './useMapData';

interface MapStatusProps {
  readonly data: MapData;
  readonly scope: MapScope;
  readonly visibleNodes: number;
}

/** What to say over the map when there is nothing (yet) to look at, and what to do next. */
export function MapStatus({ data, scope, visibleNodes }: MapStatusProps) {
  const { ui } = useTexts();
  switch (data.status) {
    case 'loading':
      return <StatusMessage kind="loading" message={ui.status.loadingNetwork} />;
    case 'error':
      return (
        <ErrorMessage title={ui.status.networkFailed} error={data.error} onRetry={data.retry} />
      );
    case 'notFound':
      return (
        <StatusMessage
          kind="info"
          message={
            scope.kind === 'region'
              ? ui.status.regionNotFound(scope.regionCode)
              : ui.status.focusNotFound
          }
        />
      );
    case 'ready':
      if (data.graph.nodes.length === 0) {
        return (
          <StatusMessage
            kind="empty"
            title={
              scope.kind === 'municipality' ? ui.status.emptyMunicipality : ui.status.emptyRegion
            }
            message={ui.status.emptyHint}
          />
        );
      }
      if (visibleNodes === 0) return <StatusMessage kind="empty" message={ui.status.filteredOut} />;
      return null;
  }
}
