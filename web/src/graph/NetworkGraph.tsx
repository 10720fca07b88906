import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FilterOutcome } from '../domain/filters';
import type { MapGraph } from '../domain/mapGraph';
import { useLatestRef } from '../hooks/useLatestRef';
import { useTexts } from '../i18n/language';
import { applyElements } from './applyElements';
import { createGraph } from './createGraph';
import { forLargeMap, toElements } from './elements';
import { runLayout } from './layout';
import { placeAroundNeighbours } from './placement';
import { renderModeFor } from './renderMode';
import { applySelection, revealNode } from './selection';
import { DEFAULT_THEME } from './theme';
import { controlTieDetail, type TieDetail } from './tieDetail';
import { fitToNodes } from './viewport';
import { applyVisibility, visibleCounts } from './visibility';
import './NetworkGraph.css';

interface NetworkGraphProps {
  /** `null` while nothing can be drawn (loading, failed): the map is cleared. */
  readonly graph: MapGraph | null;
  /** A new key lays the whole map out afresh; elements added under the same key are placed locally. */
  readonly layoutKey: string;
  readonly filtered: FilterOutcome | null;
  readonly selectedId: string | null;
  readonly onSelectNode: (id: string | null) => void;
  /** A double click (or double tap): add the node's neighbours. */
  readonly onExpandNode: (id: string) => void;
  /** The Cytoscape instance, for exports (PNG, SVG); null while there is none. */
  readonly onInstance?: (cy: Core | null) => void;
  readonly label: string;
}

interface Drawn {
  readonly nodes: number;
  readonly edges: number;
  readonly visibleNodes: number;
  readonly visibleEdges: number;
}

/**
 * Owns the one Cytoscape instance of the map and pushes React state into it. The `data-*`
 * attributes tell browser tests and the benchmark what was drawn and when the layout settled.
 */
export function NetworkGraph(props: NetworkGraphProps) {
  const { graph, filtered, selectedId, label } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const { ui } = useTexts();
  const [cy, setCy] = useState<{
    core: Core;
    webgl: boolean;
    large: boolean;
    /** A large map's level of detail for ties (tieDetail.ts). */
    ties: TieDetail | null;
  } | null>(null);
  /** Whether a large map holds its ties back until the user zooms in. */
  const [overview, setOverview] = useState(false);
  const latest = useLatestRef(props);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [layoutDone, setLayoutDone] = useState(false);
  const elements = useMemo(() => (graph ? toElements(graph) : null), [graph]);
  const { large, webgl } = renderModeFor(elements?.length ?? 0);
  const laidOutKey = useRef<string | null>(null);
  /** Nodes with a place of their own (laid out, or placed next to a neighbour). */
  const placed = useRef<Set<string>>(new Set());
  /** A layout started and has not finished (cancelled by a newer render, say). */
  const layoutPending = useRef(false);

  useEffect(() => {
    if (!containerRef.current) return;
    const created = createGraph(containerRef.current, DEFAULT_THEME, { large, webgl });
    const core = created.cy;
    core.on('tap', 'node', (event) => latest.current.onSelectNode(event.target.id()));
    core.on('dbltap', 'node', (event) => latest.current.onExpandNode(event.target.id()));
    core.on('tap', (event) => {
      if (event.target === core) latest.current.onSelectNode(null);
    });
    laidOutKey.current = null;
    placed.current = new Set();
    layoutPending.current = false;
    const ties = large ? controlTieDetail(core, setOverview) : null;
    if (!ties) setOverview(false);
    setCy({ core, webgl: created.webgl, large, ties });
    latest.current.onInstance?.(core);
    return () => {
      latest.current.onInstance?.(null);
      setCy(null);
      ties?.dispose();
      core.destroy();
    };
  }, [large, webgl, latest]);

  useEffect(() => {
    // When the graph crosses the large-graph threshold, the instance is replaced in the same
    // commit: this render still holds the destroyed one. The next render brings the new one.
    if (!cy || cy.core.destroyed()) return;
    const core = cy.core;
    const freshLayout = laidOutKey.current !== latest.current.layoutKey;
    const definitions = elements ?? [];
    const changes = applyElements(
      core,
      cy.large ? forLargeMap(definitions, freshLayout) : definitions,
    );
    applyVisibility(core, latest.current.filtered);
    applySelection(core, latest.current.selectedId);
    const report = () =>
      setDrawn({ nodes: core.nodes().length, edges: core.edges().length, ...visible(core) });
    report();
    if (elements === null || core.nodes().empty()) {
      setLayoutDone(elements !== null);
      return;
    }
    if (!freshLayout) {
      const added = core.nodes().filter((node) => !placed.current.has(node.id()));
      placeAroundNeighbours(core, added);
      added.forEach((node) => {
        placed.current.add(node.id());
      });
      cy.ties?.place();
      return;
    }
    const unchanged = changes.added + changes.removed === 0 && laidOutKey.current !== null;
    if (unchanged && !layoutPending.current) return;
    setLayoutDone(false);
    fitToNodes(core);
    layoutPending.current = true;
    return runLayout(core, () => {
      layoutPending.current = false;
      laidOutKey.current = latest.current.layoutKey;
      cy.ties?.place();
      // A set, not element data: changing data restyles every node.
      placed.current = new Set(core.nodes().map((node) => node.id()));
      setLayoutDone(true);
      report();
    });
  }, [cy, elements, latest]);

  useEffect(() => {
    if (!cy) return;
    applyVisibility(cy.core, filtered);
    setDrawn((previous) => previous && { ...previous, ...visible(cy.core) });
  }, [cy, filtered]);

  useEffect(() => {
    if (!cy) return;
    applySelection(cy.core, selectedId);
    if (selectedId === null) return;
    // Selecting opens the details panel, which narrows the map in this same render: measure
    // the container now (Cytoscape's own observer would only after this), then reveal.
    cy.core.resize();
    revealNode(cy.core, selectedId);
  }, [cy, selectedId]);

  return (
    <div className="network-graph-frame">
      <div
        ref={containerRef}
        className="network-graph"
        role="img"
        aria-label={label}
        data-testid="network-graph"
        data-layout={drawn && layoutDone ? 'done' : 'pending'}
        data-drawn={drawn && drawn.nodes > 0 ? 'true' : 'false'}
        data-renderer={cy?.webgl ? 'webgl' : 'canvas'}
        data-large={large ? 'true' : 'false'}
        data-ties={large && overview ? 'overview' : 'all'}
        data-node-count={drawn?.nodes}
        data-edge-count={drawn?.edges}
        data-visible-node-count={drawn?.visibleNodes}
        data-visible-edge-count={drawn?.visibleEdges}
      />
      {large && overview && drawn && drawn.edges > 0 && (
        <p className="network-graph__hint" data-testid="ties-hint">
          {ui.map.tiesAtOverview}
        </p>
      )}
    </div>
  );
}

function visible(core: Core): { visibleNodes: number; visibleEdges: number } {
  const counts = visibleCounts(core);
  return { visibleNodes: counts.nodes, visibleEdges: counts.edges };
}
