import type { Core } from 'cytoscape';
import { useCallback, useMemo, useState } from 'react';
import { MUNICIPALITIES_QUERY } from '../api/operations/municipalities';
import type { RegionSummary } from '../api/operations/regions';
import { setSearchParams, useSearchParam } from '../app/url';
import { applyFilters, defaultFilters, type MapFilters } from '../domain/filters';
import { todayUtc } from '../domain/freshness';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { DetailsPanel } from './details/DetailsPanel';
import { FilterPanel } from './FilterPanel';
import { FocusBar } from './FocusBar';
import { MapPanel } from './MapPanel';
import { scopeFrom } from './mapScope';
import { NodeTable } from './NodeTable';
import { ScopePicker } from './ScopePicker';
import { SearchBox } from './SearchBox';
import { useMapData } from './useMapData';
import { useTieDates } from './useTieDates';
import './MapWorkspace.css';

interface MapWorkspaceProps {
  readonly regions: readonly RegionSummary[];
  readonly region: RegionSummary;
  readonly onRegion: (code: string) => void;
}

/** Scope, search, filters, the map with its table, and the selected element's details. */
export function MapWorkspace({ regions, region, onRegion }: MapWorkspaceProps) {
  const { ui } = useTexts();
  const municipalityId = useSearchParam('gemeente');
  const focusId = useSearchParam('focus');
  const depth = useSearchParam('diepte');
  const scope = scopeFrom(region.code, municipalityId, focusId, depth);
  const { data, key, expand, expanding, expandError } = useMapData(scope);
  const graph = data.status === 'ready' ? data.graph : null;
  const [filters, setFilters] = useState<MapFilters>(() => defaultFilters(todayUtc()));
  const tieDates = useTieDates(graph, filters.freshness !== 'all');
  const dates = tieDates.status === 'ready' ? tieDates.dates : null;
  const filtered = useMemo(
    () => (graph ? applyFilters(graph, filters, dates) : null),
    [graph, filters, dates],
  );
  const [selection, setSelection] = useState<{ key: string; id: string } | null>(null);
  const selectedId = selection?.key === key ? selection.id : null;
  const select = useCallback((id: string | null) => setSelection(id ? { key, id } : null), [key]);
  const [cy, setCy] = useState<Core | null>(null);
  const drawnIds = useMemo(() => new Set(graph?.nodes.map((node) => node.id)), [graph]);
  const municipalities = useQuery(MUNICIPALITIES_QUERY, { code: region.code });
  const municipalityList =
    municipalities.status === 'success' ? (municipalities.data.region?.municipalities ?? []) : [];

  const focusOn = useCallback((id: string) => {
    setSearchParams({ focus: id, diepte: '1' });
    setSelection(null);
  }, []);
  const title =
    scope.kind === 'focus'
      ? ui.map.focusHeading(data.status === 'ready' ? (data.centreLabel ?? '…') : '…', scope.depth)
      : scope.kind === 'municipality'
        ? ui.map.heading(municipalityList.find((m) => m.id === scope.municipalityId)?.name ?? '…')
        : ui.map.heading(region.name);

  return (
    <div className="map-workspace" data-scope={scope.kind}>
      <div className="map-toolbar">
        <ScopePicker
          regions={regions}
          regionCode={region.code}
          onRegion={onRegion}
          municipalities={municipalityList}
          municipalityId={scope.kind === 'municipality' ? scope.municipalityId : null}
          onMunicipality={(id) => setSearchParams({ gemeente: id, focus: null, diepte: null })}
        />
        <SearchBox
          onPick={(suggestion) => {
            focusOn(suggestion.id);
            setSelection({ key: `focus:${suggestion.id}:1`, id: suggestion.id });
          }}
        />
      </div>
      {scope.kind === 'focus' && (
        <FocusBar
          depth={scope.depth}
          regionName={region.name}
          onDepth={(steps) => setSearchParams({ diepte: String(steps) })}
          onBack={() => setSearchParams({ focus: null, diepte: null })}
        />
      )}
      <FilterPanel
        filters={filters}
        onChange={setFilters}
        onReset={() => setFilters(defaultFilters(filters.asOf))}
        professionalsShown={scope.kind === 'focus'}
      />
      <div className={selectedId ? 'map-layout map-layout--details' : 'map-layout'}>
        <div className="map-layout__main">
          <MapPanel
            title={title}
            scope={scope}
            data={data}
            layoutKey={key}
            filtered={filtered}
            tieDates={tieDates}
            selectedId={selectedId}
            onSelectNode={select}
            onExpandNode={expand}
            expanding={expanding}
            expandError={expandError}
            cy={cy}
            onInstance={setCy}
            exportName={`rizoom-${region.code}`}
          />
          {graph && graph.nodes.length > 0 && (
            <NodeTable
              title={title}
              graph={graph}
              filtered={filtered}
              selectedId={selectedId}
              onSelect={select}
            />
          )}
        </div>
        {selectedId && (
          <DetailsPanel
            key={selectedId}
            nodeId={selectedId}
            drawnIds={drawnIds}
            asOf={filters.asOf}
            onSelect={select}
            onFocus={focusOn}
            onExpand={expand}
            onClose={() => select(null)}
          />
        )}
      </div>
    </div>
  );
}
