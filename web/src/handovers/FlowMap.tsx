import type { Core } from 'cytoscape';
import { type ReactNode, useId, useState } from 'react';
import { useTexts } from '../i18n/language';
import { ExportButtons } from '../map/ExportButtons';
import { Legend } from '../map/Legend';
import { FlowLegend } from './FlowLegend';
import type { StyledGraph } from './flowGraph';
import { StyledNetwork } from './StyledNetwork';
import '../map/MapWorkspace.css';

interface FlowMapProps {
  readonly title: string;
  readonly period: string;
  readonly drawing: StyledGraph | null;
  readonly overlay: ReactNode;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly exportName: string;
}

/** Handovers between a region's organisations as arrows: width = count, colour = time to accept. */
export function FlowMap(props: FlowMapProps) {
  const { ui } = useTexts();
  const headingId = useId();
  const [cy, setCy] = useState<Core | null>(null);
  const { drawing } = props;
  const label = drawing
    ? ui.handovers.mapLabel(props.title, drawing.graph.nodes.length, drawing.graph.edges.length)
    : ui.handovers.loadingFlows;
  return (
    <section className="map-panel" aria-labelledby={headingId}>
      <div className="map-panel__header">
        <div>
          <h2 id={headingId}>{props.title}</h2>
          <p className="muted" data-testid="flow-summary">
            {drawing
              ? `${ui.handovers.flowSummary(drawing.graph.nodes.length, drawing.graph.edges.length)} ${props.period}`
              : '\u00a0'}
          </p>
        </div>
        <ExportButtons cy={drawing ? cy : null} filename={props.exportName} />
      </div>
      <div
        className="map-panel__frame"
        data-testid="flow-map"
        data-flow-count={drawing?.graph.edges.length}
      >
        <StyledNetwork
          drawing={drawing}
          layoutKey={props.exportName}
          label={label}
          selectedId={props.selectedId}
          onSelectNode={props.onSelect}
          onInstance={setCy}
        />
        <div className="map-panel__overlay">{props.overlay}</div>
      </div>
      {drawing && drawing.graph.edges.length > 0 && (
        <>
          <p className="map-panel__notes muted">{ui.handovers.mapHint}</p>
          <FlowLegend />
          <Legend graph={drawing.graph} showStale={false} />
        </>
      )}
    </section>
  );
}
