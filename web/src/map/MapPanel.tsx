import type { Core } from 'cytoscape';
import { useId } from 'react';
import type { ApiError } from '../api/ApiError';
import { StatusMessage } from '../components/StatusMessage';
import type { FilterOutcome } from '../domain/filters';
import { NetworkGraph } from '../graph/NetworkGraph';
import { useTexts } from '../i18n/language';
import { ExportButtons } from './ExportButtons';
import { Legend } from './Legend';
import { MapStatus } from './MapStatus';
import type { MapScope } from './mapScope';
import type { MapData } from './useMapData';
import type { TieDates } from './useTieDates';

interface MapPanelProps {
  readonly title: string;
  readonly scope: MapScope;
  readonly data: MapData;
  readonly layoutKey: string;
  readonly filtered: FilterOutcome | null;
  readonly tieDates: TieDates;
  readonly selectedId: string | null;
  readonly onSelectNode: (id: string | null) => void;
  readonly onExpandNode: (id: string) => void;
  readonly expanding: string | null;
  readonly expandError: ApiError | null;
  readonly cy: Core | null;
  readonly onInstance: (cy: Core | null) => void;
  readonly exportName: string;
}

/** The drawn network with whatever status applies laid over it, its legend and exports. */
export function MapPanel(props: MapPanelProps) {
  const { ui, errorMessages } = useTexts();
  const headingId = useId();
  const { data, filtered } = props;
  const graph = data.status === 'ready' ? data.graph : null;
  const visibleNodes = graph ? graph.nodes.length - (filtered?.hiddenNodes.size ?? 0) : 0;
  const visibleEdges = graph ? graph.edges.length - (filtered?.hiddenEdges.size ?? 0) : 0;
  const anyHidden = (filtered?.hiddenNodes.size ?? 0) + (filtered?.hiddenEdges.size ?? 0) > 0;
  const label = graph
    ? ui.map.graphLabel(props.title, graph.nodes.length, graph.edges.length)
    : ui.status.loadingNetwork;
  return (
    <section
      className="map-panel"
      aria-labelledby={headingId}
      aria-busy={data.status === 'loading'}
    >
      <div className="map-panel__header">
        <div>
          <h2 id={headingId}>{props.title}</h2>
          <p className="muted" data-testid="map-summary">
            {graph ? ui.map.summary(graph.nodes.length, graph.edges.length) : '\u00a0'}
            {graph &&
              anyHidden &&
              ` ${ui.map.filteredSummary(visibleNodes, Math.max(visibleEdges, 0))}`}
          </p>
        </div>
        <ExportButtons cy={graph ? props.cy : null} filename={props.exportName} />
      </div>
      <div className="map-panel__frame">
        <NetworkGraph
          graph={graph}
          layoutKey={props.layoutKey}
          filtered={filtered}
          selectedId={props.selectedId}
          onSelectNode={props.onSelectNode}
          onExpandNode={props.onExpandNode}
          onInstance={props.onInstance}
          label={label}
        />
        <div className="map-panel__overlay">
          <MapStatus data={data} scope={props.scope} visibleNodes={visibleNodes} />
        </div>
      </div>
      <div className="map-panel__notes muted" aria-live="polite">
        {graph && <p>{ui.map.expandHint}</p>}
        {data.status === 'ready' && data.truncated && <p>{ui.map.truncated}</p>}
        {props.expanding && <p>{ui.status.loadingNetwork}</p>}
        {props.tieDates.status === 'loading' && <p>{ui.status.freshnessLoading}</p>}
      </div>
      {props.expandError && (
        <StatusMessage kind="error" message={errorMessages[props.expandError.code]} />
      )}
      {props.tieDates.status === 'error' && (
        <StatusMessage
          kind="error"
          title={ui.status.freshnessFailed}
          message={errorMessages[props.tieDates.error.code]}
        />
      )}
      {graph && <Legend graph={graph} showStale={props.tieDates.status === 'ready'} />}
    </section>
  );
}
