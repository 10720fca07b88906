import { useCallback, useMemo, useState } from 'react';
import { REGION_NETWORK_QUERY } from '../api/operations/regionNetwork';
import type { RegionSummary } from '../api/operations/regions';
import { useQuery } from '../hooks/useQuery';
import { DetailsPanel } from './DetailsPanel';
import { MapSection } from './MapSection';
import { OrganisationTable } from './OrganisationTable';
import './RegionNetwork.css';

interface Selection {
  readonly regionCode: string;
  readonly organisationId: string;
}

/** One region's network: map and legend, a table of its organisations, the selected one's details. */
export function RegionNetwork({ region }: { readonly region: RegionSummary }) {
  const regionCode = region.code;
  const query = useQuery(REGION_NETWORK_QUERY, { code: regionCode });
  // Remembering the region with the selection clears it when another region is picked.
  const [selection, setSelection] = useState<Selection | null>(null);
  const selectedId = selection?.regionCode === regionCode ? selection.organisationId : null;
  const select = useCallback(
    (id: string | null) => setSelection(id === null ? null : { regionCode, organisationId: id }),
    [regionCode],
  );
  const close = useCallback(() => setSelection(null), []);

  const nodes = query.status === 'success' ? (query.data.region?.network.nodes ?? null) : null;
  const drawnIds = useMemo(() => new Set(nodes?.map((node) => node.id)), [nodes]);

  return (
    <div className={selectedId ? 'region-network region-network--details' : 'region-network'}>
      <div className="region-network__main">
        <MapSection query={query} region={region} selectedId={selectedId} onSelectNode={select} />
        {nodes && nodes.length > 0 && (
          <OrganisationTable
            regionName={region.name}
            nodes={nodes}
            selectedId={selectedId}
            onSelect={select}
          />
        )}
      </div>
      {selectedId && (
        <DetailsPanel
          key={selectedId}
          organisationId={selectedId}
          drawnIds={drawnIds}
          onSelect={select}
          onClose={close}
        />
      )}
    </div>
  );
}
