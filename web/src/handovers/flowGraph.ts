import type { Css } from 'cytoscape';
import type { CaseCount, OrganisationRef } from '../api/operations/gaps';
import type { CaseJourneyData, HandoverFlow } from '../api/operations/handover-analyses';
import type { MapGraph, MapNode } from '../domain/mapGraph';

/** Upper bounds (days, exclusive) of the median-days-to-accept classes; the last is open. */
export const DAY_BOUNDS = [1, 3, 5, 10] as const;

/**
 * Viridis (Smith & van der Walt), its yellow end left out so every step stands out on white:
 * a sequential scale that stays ordered in every colour vision and in greyscale. Fast → slow.
 */
export const DAY_COLOURS = ['#7ad151', '#22a884', '#2a788e', '#414487', '#440154'] as const;

/** A flow without a median (nothing accepted, or the count is hidden): grey and dotted. */
export const NO_MEDIAN_COLOUR = '#8c8c8c';

export const MIN_FLOW_WIDTH = 1.5;
const MAX_FLOW_WIDTH = 14;

/** The class of a median: 0 (under a day) to 4 (ten days or more); null without one. */
export function dayClass(median: number | null): number | null {
  if (median === null) return null;
  const index = DAY_BOUNDS.findIndex((bound) => median < bound);
  return index === -1 ? DAY_BOUNDS.length : index;
}

/** Width grows with the square root of the count; a hidden count ("<5") is drawn thinnest. */
export function flowWidth(count: CaseCount): number {
  if (count.value === null) return MIN_FLOW_WIDTH;
  return Math.min(MAX_FLOW_WIDTH, MIN_FLOW_WIDTH + 1.25 * Math.sqrt(Math.max(0, count.value)));
}

export function flowColour(median: number | null): string {
  const index = dayClass(median);
  return index === null ? NO_MEDIAN_COLOUR : (DAY_COLOURS[index] ?? NO_MEDIAN_COLOUR);
}

export function flowId(from: OrganisationRef, to: OrganisationRef): string {
  return `flow:${from.id}:${to.id}`;
}

/** A drawing and its per-edge styles (the shared stylesheet knows nothing of flows). */
export interface StyledGraph {
  readonly graph: MapGraph;
  readonly edgeStyles: ReadonlyMap<string, Css.Edge>;
}

const arrow = (colour: string): Css.Edge => ({
  'curve-style': 'bezier',
  'target-arrow-shape': 'triangle',
  'target-arrow-color': colour,
  'arrow-scale': 0.9,
});

/** Flows between organisations as a graph: width = handovers, colour = median days to accept. */
export function flowGraph(flows: readonly HandoverFlow[]): StyledGraph {
  const nodes = new Map<string, MapNode>();
  const edges: MapGraph['edges'][number][] = [];
  const edgeStyles = new Map<string, Css.Edge>();
  for (const flow of flows) {
    if (!flow.from || !flow.to) continue;
    for (const org of [flow.from, flow.to]) {
      nodes.set(org.id, { id: org.id, label: org.name, type: 'Organisation', kind: org.kind });
    }
    const id = flowId(flow.from, flow.to);
    const colour = flowColour(flow.medianDaysToAccept);
    edges.push({
      id,
      source: flow.from.id,
      target: flow.to.id,
      relation: 'TIE',
      tieKind: null,
      tieId: null,
    });
    edgeStyles.set(id, {
      ...arrow(colour),
      width: flowWidth(flow.handovers),
      'line-color': colour,
      'line-style': flow.medianDaysToAccept === null ? 'dotted' : 'solid',
    });
  }
  return { graph: { nodes: [...nodes.values()], edges }, edgeStyles };
}

type Journey = NonNullable<CaseJourneyData['caseJourney']>;

/** A case's journey as a graph: arrows numbered by step; open requests dashed, declined dotted. */
export function journeyGraph(journey: Journey): StyledGraph {
  const nodes: MapNode[] = journey.nodes.map((node) => ({
    id: node.id,
    label: node.label,
    type: 'Organisation',
    kind: node.kind,
  }));
  const edgeStyles = new Map<string, Css.Edge>();
  const edges = journey.edges.map((edge) => {
    edgeStyles.set(edge.id, {
      ...arrow('#4d4d4d'),
      width: 2.5,
      'line-color': '#4d4d4d',
      'line-style':
        edge.status === 'REQUESTED' ? 'dashed' : edge.status === 'DECLINED' ? 'dotted' : 'solid',
      label: String(edge.step),
      'font-size': 12,
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
    });
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      relation: 'TIE' as const,
      tieKind: null,
      tieId: null,
    };
  });
  return { graph: { nodes, edges }, edgeStyles };
}
