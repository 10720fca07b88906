import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { applyEdgeStyles } from '../graph/marks';
import { NetworkGraph } from '../graph/NetworkGraph';
import type { StyledGraph } from './flowGraph';

interface StyledNetworkProps {
  readonly drawing: StyledGraph | null;
  readonly layoutKey: string;
  readonly label: string;
  readonly selectedId: string | null;
  readonly onSelectNode: (id: string | null) => void;
  readonly onInstance?: (cy: Core | null) => void;
}

/**
 * A NetworkGraph whose edges carry styles of their own (flow width and colour, journey steps).
 * `data-styled-edge-count` tells browser tests how many edges got theirs.
 */
export function StyledNetwork(props: StyledNetworkProps) {
  const { drawing, onInstance } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const [styled, setStyled] = useState<number | null>(null);

  // Runs after NetworkGraph has put the elements in place (child effects run first).
  useEffect(() => {
    if (!cy || !drawing) return;
    applyEdgeStyles(cy, drawing.edgeStyles);
    setStyled(cy.edges().filter((edge) => drawing.edgeStyles.has(edge.id())).length);
  }, [cy, drawing]);

  return (
    <div className="styled-network" data-styled-edge-count={styled ?? undefined}>
      <NetworkGraph
        graph={drawing?.graph ?? null}
        layoutKey={props.layoutKey}
        filtered={null}
        selectedId={props.selectedId}
        onSelectNode={props.onSelectNode}
        onExpandNode={() => {}}
        onInstance={(core) => {
          setCy(core);
          onInstance?.(core);
        }}
        label={props.label}
      />
    </div>
  );
}
