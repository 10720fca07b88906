import { encodeGlobalID } from '@pothos/plugin-relay';
import { Region } from '../geography/region.js';
import { builder } from '../schema/builder.js';
import { OrganisationKindEnum, TieKindEnum } from './organisation.js';
import { regionNetwork } from './store.js';
import type { NetworkGraphShape } from './types.js';

type NodeShape = NetworkGraphShape['nodes'][number];
type EdgeShape = NetworkGraphShape['edges'][number];

const NetworkNode = builder.objectRef<NodeShape>('NetworkNode').implement({
  description: 'An organisation as drawn on the map.',
  fields: (t) => ({
    id: t.id({
      description: "The organisation's global id.",
      resolve: (node) => encodeGlobalID('Organisation', node.id),
    }),
    label: t.exposeString('name'),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    degree: t.exposeInt('degree', { description: 'Ties within this drawing.' }),
  }),
});

const NetworkEdge = builder.objectRef<EdgeShape>('NetworkEdge').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.id({ resolve: (edge) => encodeGlobalID('Organisation', edge.source) }),
    target: t.id({ resolve: (edge) => encodeGlobalID('Organisation', edge.target) }),
    kind: t.expose('kind', { type: TieKindEnum }),
  }),
});

const NetworkGraph = builder.objectRef<NetworkGraphShape>('NetworkGraph').implement({
  description: 'Nodes and edges ready to draw.',
  fields: (t) => ({
    nodes: t.expose('nodes', { type: [NetworkNode] }),
    edges: t.expose('edges', { type: [NetworkEdge] }),
  }),
});

builder.objectField(Region, 'network', (t) =>
  t.field({
    type: NetworkGraph,
    description: "The organisations serving the region's municipalities and their ties.",
    resolve: (region, _args, { db }) => regionNetwork(db, region.code),
  }),
);
