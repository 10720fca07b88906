import { encodeGlobalID } from '@pothos/plugin-relay';
import { Case } from '../cases/refs.js';
import { OrganisationKindEnum } from '../network/organisation.js';
import { builder } from '../schema/builder.js';
import { HandoverStatusEnum } from '../vocabulary/schema.js';
import { type JourneyGraph, journeyGraph } from './journey.js';
import { Handover } from './refs.js';
import { caseJourney } from './store.js';

type NodeShape = JourneyGraph['nodes'][number];
type EdgeShape = JourneyGraph['edges'][number];
type JourneyShape = JourneyGraph & { caseId: string };

const JourneyNode = builder.objectRef<NodeShape>('JourneyNode').implement({
  description: 'An organisation on a case’s journey, as drawn.',
  fields: (t) => ({
    id: t.id({
      description: "The organisation's global id.",
      resolve: (node) => encodeGlobalID('Organisation', node.id),
    }),
    label: t.exposeString('name'),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    step: t.exposeInt('step', { description: 'The step at which the case reached it; 0: start.' }),
  }),
});

const JourneyEdge = builder.objectRef<EdgeShape>('JourneyEdge').implement({
  description: 'A handover on the journey, from one organisation to another.',
  fields: (t) => ({
    id: t.id({
      description: "The handover's global id.",
      resolve: (edge) => encodeGlobalID('Handover', edge.id),
    }),
    source: t.id({ resolve: (edge) => encodeGlobalID('Organisation', edge.source) }),
    target: t.id({ resolve: (edge) => encodeGlobalID('Organisation', edge.target) }),
    status: t.expose('status', { type: HandoverStatusEnum }),
    warm: t.exposeBoolean('warm'),
    step: t.exposeInt('step', { description: 'Its place in the order of requests, from 1.' }),
  }),
});

const CaseJourney = builder.objectRef<JourneyShape>('CaseJourney').implement({
  description: 'A case’s handovers in order, and the organisations along them ready to draw.',
  fields: (t) => ({
    case: t.field({ type: Case, resolve: (journey) => journey.caseId }),
    handovers: t.field({
      type: [Handover],
      resolve: (journey) => journey.edges.map((edge) => edge.id),
    }),
    nodes: t.expose('nodes', { type: [JourneyNode] }),
    edges: t.expose('edges', { type: [JourneyEdge] }),
  }),
});

builder.queryField('caseJourney', (t) =>
  t.field({
    type: CaseJourney,
    nullable: true,
    description: 'The journey of one case; null when there is no such case.',
    args: { caseId: t.arg.globalID({ required: true, for: Case }) },
    authScopes: (_root, { caseId }) => ({ caseReader: caseId.id }),
    resolve: async (_root, { caseId }, { db }) => {
      const found = await caseJourney(db, caseId.id);
      if (!found) return null;
      return { caseId: caseId.id, ...journeyGraph(found.start, found.steps) };
    },
  }),
);
