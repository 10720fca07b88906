import type { Core } from 'cytoscape';
import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import type { FilterOutcome } from '../domain/filters';
import { applyClass, applyMarks, showMarked } from '../graph/marks';
import { NetworkGraph } from '../graph/NetworkGraph';
import { MISSING_CLASS, STALE_CLASS } from '../graph/stylesheet';
import { useTexts } from '../i18n/language';
import { ExportButtons } from '../map/ExportButtons';
import { Legend } from '../map/Legend';
import { type GapGraph, type GapMark, markNode } from './gapGraph';
import { MissingSwatch } from './MissingSwatch';
import '../map/MapWorkspace.css';

interface GapsMapProps {
  readonly title: string;
  readonly gaps: GapGraph | null;
  /** Laid over the map: loading, failure, an empty region. */
  readonly overlay: ReactNode;
  readonly mark: GapMark | null;
  readonly onMark: (mark: GapMark | null) => void;
  readonly exportName: string;
}

interface Drawn {
  readonly missing: number;
  readonly stale: number;
  readonly marked: number;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The region's network with its gaps: missing expected ties dashed, stale ties faded, and what
 * a list item points at marked. The `data-*` counts tell browser tests what was drawn.
 */
export function GapsMap({ title, gaps, overlay, mark, onMark, exportName }: GapsMapProps) {
  const { ui } = useTexts();
  const headingId = useId();
  const [cy, setCy] = useState<Core | null>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const graph = gaps?.graph ?? null;
  const filtered = useMemo(
    (): FilterOutcome | null =>
      gaps && { hiddenNodes: NONE, hiddenEdges: NONE, staleEdges: gaps.staleEdgeIds },
    [gaps],
  );

  // Runs after NetworkGraph has put the elements in place (child effects run first).
  useEffect(() => {
    if (!cy || !gaps) return;
    const missing = applyClass(cy, MISSING_CLASS, gaps.missingEdgeIds);
    const marked = applyMarks(cy, mark?.ids ?? NONE);
    setDrawn({ missing, stale: cy.edges(`.${STALE_CLASS}`).length, marked });
  }, [cy, gaps, mark]);

  useEffect(() => {
    // A list item may point anywhere on the map; a clicked node is already in view.
    if (cy && mark && !mark.key.startsWith('node:')) showMarked(cy, mark.ids);
  }, [cy, mark]);

  const label = graph
    ? ui.gaps.mapLabel(title, graph.nodes.length, gaps?.missingEdgeIds.size ?? 0)
    : ui.status.loadingNetwork;
  return (
    <section className="map-panel" aria-labelledby={headingId}>
      <div className="map-panel__header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="muted" data-testid="gaps-map-summary">
            {gaps ? ui.gaps.mapSummary(gaps.missingEdgeIds.size, gaps.staleEdgeIds.size) : '\u00a0'}
          </p>
        </div>
        <ExportButtons cy={graph ? cy : null} filename={exportName} />
      </div>
      <div
        className="map-panel__frame"
        data-testid="gaps-map"
        data-missing-edge-count={drawn?.missing}
        data-stale-edge-count={drawn?.stale}
        data-marked-count={drawn?.marked}
      >
        <NetworkGraph
          graph={graph}
          layoutKey={exportName}
          filtered={filtered}
          selectedId={null}
          onSelectNode={(id) => onMark(id && graph ? markNode(graph, id) : null)}
          onExpandNode={() => {}}
          onInstance={setCy}
          label={label}
        />
        <div className="map-panel__overlay">{overlay}</div>
      </div>
      <p className="map-panel__notes muted">{ui.gaps.mapHint}</p>
      {graph && (
        <>
          <ul className="gaps-legend plain-list" aria-label={ui.gaps.legendHeading}>
            <li>
              <MissingSwatch />
              {ui.gaps.legendMissing}
            </li>
          </ul>
          <Legend graph={graph} showStale />
        </>
      )}
    </section>
  );
}
