import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { BadUserInputError } from '../errors.js';
import { builder } from '../schema/builder.js';
import {
  type GraphEdgeShape,
  type GraphNodeShape,
  type GraphNodeType,
  type NeighbourhoodShape,
  neighbourhood,
  neighbourhoodRelations,
  startTypes,
} from './neighbourhood-store.js';
import { OrganisationKindEnum, TieKindEnum } from './organisation.js';

const RelationEnum = builder.enumType('NeighbourhoodRelation', {
  description: 'Which relationships a neighbourhood follows.',
  values: neighbourhoodRelations,
});
const NodeTypeEnum = builder.enumType('GraphNodeType', { values: startTypes });

const globalIdOf = (node: GraphNodeShape) => encodeGlobalID(node.type, node.key);

const GraphNode = builder.objectRef<GraphNodeShape>('GraphNode').implement({
  description: 'A node as drawn on the map; `id` is the global id of what it stands for.',
  fields: (t) => ({
    id: t.id({ resolve: globalIdOf }),
    type: t.expose('type', { type: NodeTypeEnum }),
    label: t.exposeString('label'),
    kind: t.exposeString('kind', {
      nullable: true,
      description: "An organisation's kind, a professional's role, a table's kind.",
    }),
    distance: t.exposeInt('distance', { description: 'Steps from the centre.' }),
  }),
});

const GraphEdge = builder.objectRef<GraphEdgeShape>('GraphEdge').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.id({ resolve: (edge) => globalIdOf(edge.source) }),
    target: t.id({ resolve: (edge) => globalIdOf(edge.target) }),
    relation: t.expose('relation', { type: RelationEnum }),
    tieKind: t.expose('tieKind', { type: TieKindEnum, nullable: true }),
  }),
});

const Graph = builder.objectRef<NeighbourhoodShape>('Graph').implement({
  description: 'Nodes and edges in the shape Cytoscape takes (`data: { id, source, target }`).',
  fields: (t) => ({
    center: t.field({ type: GraphNode, resolve: (graph) => graph.center }),
    nodes: t.field({ type: [GraphNode], resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (graph) => graph.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the node limit stopped the neighbourhood from growing further.',
    }),
  }),
});

const NeighbourhoodFilter = builder.inputType('NeighbourhoodFilter', {
  fields: (t) => ({
    relations: t.field({
      type: [RelationEnum],
      description: 'Default: TIE, WORKS_AT, MEMBER_OF, MEMBER_OF_SWV (not SERVES).',
    }),
    tieKinds: t.field({ type: [TieKindEnum] }),
    organisationKinds: t.field({ type: [OrganisationKindEnum] }),
    includeProfessionals: t.boolean({ defaultValue: true }),
  }),
});

function startOf(id: string): { type: GraphNodeType; key: string } {
  const { typename, id: key } = decodeGlobalID(id);
  if (!(startTypes as readonly string[]).includes(typename)) {
    throw new BadUserInputError(`A neighbourhood starts at one of: ${startTypes.join(', ')}.`);
  }
  return { type: typename as GraphNodeType, key };
}

builder.queryField('neighbourhood', (t) =>
  t.field({
    type: Graph,
    nullable: true,
    description: 'The network around any organisation, professional, table or municipality.',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, validate: z.number().int().min(1).max(3) }),
      limit: t.arg.int({ defaultValue: 500, validate: z.number().int().min(1).max(5_000) }),
      filter: t.arg({ type: NeighbourhoodFilter }),
    },
    resolve: (_root, { id, depth, limit, filter }, { db }) =>
      neighbourhood(db, startOf(String(id)), {
        depth: depth ?? 1,
        limit: limit ?? 500,
        relations: filter?.relations?.length
          ? filter.relations
          : ['TIE', 'WORKS_AT', 'MEMBER_OF', 'MEMBER_OF_SWV'],
        tieKinds: filter?.tieKinds?.length ? filter.tieKinds : null,
        organisationKinds: filter?.organisationKinds?.length ? filter.organisationKinds : null,
        includeProfessionals: filter?.includeProfessionals ?? true,
      }),
  }),
);
