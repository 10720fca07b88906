import { useId } from 'react';
import type { RegionNetworkData } from '../api/operations/regionNetwork';
import type { RegionSummary } from '../api/operations/regions';
import { NetworkGraph } from '../graph/NetworkGraph';
import type { QueryResult } from '../hooks/useQuery';
import { ui } from '../i18n/nl';
import { Legend } from './Legend';
import { MapStatus } from './MapStatus';
import './MapSection.css';

interface MapSectionProps {
  readonly query: QueryResult<RegionNetworkData>;
  readonly region: RegionSummary;
  readonly selectedId: string | null;
  readonly onSelectNode: (id: string | null) => void;
}

/** The drawn network with whatever status applies laid over it, and its legend. */
export function MapSection({ query, region, selectedId, onSelectNode }: MapSectionProps) {
  const headingId = useId();
  const network = query.status === 'success' ? (query.data.region?.network ?? null) : null;
  const label = network
    ? ui.map.graphLabel(region.name, network.nodes.length, network.edges.length)
    : ui.status.loadingNetwork;
  return (
    <section className="map-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.map.heading(region.name)}</h2>
      <p className="muted">
        {network ? ui.map.summary(network.nodes.length, network.edges.length) : '\u00a0'}
      </p>
      <div className="map-section__frame">
        <NetworkGraph
          network={network}
          selectedId={selectedId}
          onSelectNode={onSelectNode}
          label={label}
        />
        <div className="map-section__overlay">
          <MapStatus query={query} regionCode={region.code} />
        </div>
      </div>
      {network && <Legend network={network} />}
    </section>
  );
}
