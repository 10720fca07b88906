import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { NetworkGraph as NetworkGraphData } from '../api/operations/regionNetwork';
import { useLatestRef } from '../hooks/useLatestRef';
import { applyElements } from './applyElements';
import { createGraph } from './createGraph';
import { toElements } from './elements';
import { runLayout } from './layout';
import { applySelection, revealNode } from './selection';
import { DEFAULT_THEME } from './theme';
import './NetworkGraph.css';

interface NetworkGraphProps {
  /** `null` while nothing can be drawn (loading, failed): the map is cleared. */
  readonly network: NetworkGraphData | null;
  readonly selectedId: string | null;
  readonly onSelectNode: (id: string | null) => void;
  readonly label: string;
}

interface DrawnCounts {
  readonly nodes: number;
  readonly edges: number;
}

/**
 * Owns the one Cytoscape instance of the map and pushes React state into it. The `data-*`
 * attributes tell browser tests when the layout has settled and what was drawn.
 */
export function NetworkGraph({ network, selectedId, onSelectNode, label }: NetworkGraphProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useLatestRef(onSelectNode);
  const selectedRef = useLatestRef(selectedId);
  const [drawn, setDrawn] = useState<DrawnCounts | null>(null);
  const elements = useMemo(() => (network ? toElements(network) : null), [network]);

  useEffect(() => {
    if (!containerRef.current) return;
    const cy = createGraph(containerRef.current, DEFAULT_THEME);
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cyRef.current = cy;
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [onSelectRef]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    setDrawn(null);
    const changes = applyElements(cy, elements ?? []);
    applySelection(cy, selectedRef.current);
    if (elements === null) return;
    const report = () => setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
    if (cy.nodes().empty() || changes.added + changes.removed === 0) {
      report();
      return;
    }
    return runLayout(cy, report);
  }, [elements, selectedRef]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applySelection(cy, selectedId);
    if (selectedId !== null) revealNode(cy, selectedId);
  }, [selectedId]);

  return (
    <div
      ref={containerRef}
      className="network-graph"
      role="img"
      aria-label={label}
      data-testid="network-graph"
      data-layout={drawn ? 'done' : 'pending'}
      data-node-count={drawn?.nodes}
      data-edge-count={drawn?.edges}
    />
  );
}
