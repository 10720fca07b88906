import type { OrganisationKind } from '../network/kinds.js';
import type { HandoverStatus } from '../vocabulary/cases.js';

export interface JourneyOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/** One handover of a case, between two organisations. */
export interface JourneyStep {
  handoverId: string;
  status: HandoverStatus;
  warm: boolean;
  from: JourneyOrganisation;
  to: JourneyOrganisation;
}

export interface JourneyGraph {
  /** Each organisation once, with the step at which the case first reached it (0: start). */
  nodes: (JourneyOrganisation & { step: number })[];
  /** Each handover, numbered from 1 in the order requested. */
  edges: {
    id: string;
    source: string;
    target: string;
    status: HandoverStatus;
    warm: boolean;
    step: number;
  }[];
}

/**
 * A case's journey as a graph to draw: the organisation that registered it, then every
 * handover in order. An organisation visited twice is one node with two edges.
 */
export function journeyGraph(
  start: JourneyOrganisation | null,
  steps: readonly JourneyStep[],
): JourneyGraph {
  const nodes = new Map<string, JourneyGraph['nodes'][number]>();
  const visit = (organisation: JourneyOrganisation, step: number) => {
    if (!nodes.has(organisation.id)) nodes.set(organisation.id, { ...organisation, step });
  };
  if (start) visit(start, 0);
  const edges = steps.map((s, index) => {
    const step = index + 1;
    visit(s.from, step);
    visit(s.to, step);
    return {
      id: s.handoverId,
      source: s.from.id,
      target: s.to.id,
      status: s.status,
      warm: s.warm,
      step,
    };
  });
  return { nodes: [...nodes.values()], edges };
}
