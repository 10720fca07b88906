import type { Core } from 'cytoscape';
import { useEffect, useId, useMemo, useState } from 'react';
import type { PartnerSuggestion } from '../api/operations/partners';
import { StatusMessage } from '../components/StatusMessage';
import { applyMarks } from '../graph/marks';
import { NetworkGraph } from '../graph/NetworkGraph';
import { MARKED_CLASS } from '../graph/stylesheet';
import { useTexts } from '../i18n/language';
import { Legend } from '../map/Legend';
import { PathSteps } from './PathSteps';
import { pathElementIds, pathOf, pathsGraph } from './paths';

interface PathPanelProps {
  readonly partners: readonly PartnerSuggestion[];
  readonly selected: PartnerSuggestion | null;
  /** A new search lays the drawing out afresh. */
  readonly layoutKey: string;
  readonly onSelect: (rank: number) => void;
}

const noop = () => {};

/**
 * The paths to all partners as one small drawing (they all start at the asker), with the
 * chosen partner's path marked, and the same steps as a table.
 */
export function PathPanel({ partners, selected, layoutKey, onSelect }: PathPanelProps) {
  const { ui } = useTexts();
  const headingId = useId();
  const graph = useMemo(() => pathsGraph(partners), [partners]);
  const path = selected ? pathOf(selected) : null;
  const marked = useMemo(() => (path ? pathElementIds(path) : new Set<string>()), [path]);
  const [cy, setCy] = useState<Core | null>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });

  // After the drawing's own effects have put the elements in place (children run first), and
  // again whenever they change: they clear the fading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `graph` only triggers a re-run.
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    applyMarks(cy, marked);
    setCounts({
      nodes: cy.nodes(`.${MARKED_CLASS}`).length,
      edges: cy.edges(`.${MARKED_CLASS}`).length,
    });
  }, [cy, graph, marked]);

  if (graph.nodes.length === 0) {
    return (
      <section className="path-panel">
        <StatusMessage kind="info" message={ui.partners.path.noPaths} />
      </section>
    );
  }
  const name = selected?.organisation.name ?? '';
  return (
    <section className="path-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{path ? ui.partners.path.heading(name) : ui.partners.path.overview}</h3>
      <div
        className="path-panel__frame"
        data-testid="partner-path"
        data-path-steps={path?.steps ?? ''}
        data-highlighted-node-count={counts.nodes}
        data-highlighted-edge-count={counts.edges}
      >
        <NetworkGraph
          graph={graph}
          layoutKey={layoutKey}
          filtered={null}
          selectedId={null}
          onSelectNode={(id) => {
            const partner = partners.find((candidate) => candidate.organisation.id === id);
            if (partner) onSelect(partner.rank);
          }}
          onExpandNode={noop}
          onInstance={setCy}
          label={path ? ui.partners.path.graphLabel(name, path.steps) : ui.partners.path.none}
        />
      </div>
      {path && selected ? (
        <>
          <p className="muted">{ui.partners.path.hint}</p>
          <PathSteps path={path} partnerName={name} />
        </>
      ) : (
        <StatusMessage kind="info" message={ui.partners.path.none} />
      )}
      <Legend graph={graph} showStale={false} />
    </section>
  );
}
