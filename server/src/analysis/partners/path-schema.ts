import { encodeGlobalID } from '@pothos/plugin-relay';
import { TieKindEnum } from '../../network/organisation.js';
import { builder } from '../../schema/builder.js';
import { ageInDays } from '../../ties/age.js';
import type { PathLinkShape, PathNodeShape, PathShape } from './types.js';

// A path through the network from the asking professional to a partner, as the partner
// finder explains it. Only organisations and professionals: never a case.

const PathNodeTypeEnum = builder.enumType('PathNodeType', {
  description: 'What a node on a network path is.',
  values: ['ORGANISATION', 'PROFESSIONAL'] as const,
});

const PathRelationEnum = builder.enumType('PathRelation', {
  description: 'What joins two nodes on a network path.',
  values: {
    TIE: { description: 'A tie between two organisations or two professionals.' },
    WORKS_AT: { description: 'A professional’s current job at an organisation.' },
    MEMBER_OF_SWV: { description: 'A school’s membership of its samenwerkingsverband.' },
  },
});

const PathNode = builder.objectRef<PathNodeShape>('PathNode').implement({
  description: 'An organisation or professional on a network path.',
  fields: (t) => ({
    id: t.id({
      description: 'Its global id (Organisation or Professional).',
      resolve: (node) =>
        encodeGlobalID(node.type === 'ORGANISATION' ? 'Organisation' : 'Professional', node.id),
    }),
    type: t.expose('type', {
      type: PathNodeTypeEnum,
      description: 'Organisation or professional.',
    }),
    name: t.exposeString('name', { description: 'Its name.' }),
    kind: t.exposeString('kind', {
      description: "An organisation's kind (OrganisationKind) or a professional's role (Role).",
    }),
  }),
});

type LinkWithDay = PathLinkShape & { asOf: string };

const PathLink = builder.objectRef<LinkWithDay>('PathLink').implement({
  description: 'One step of a network path, between node i and node i + 1.',
  fields: (t) => ({
    relation: t.expose('relation', { type: PathRelationEnum, description: 'What the step is.' }),
    tieKind: t.field({
      type: TieKindEnum,
      nullable: true,
      description: 'The kind of tie; null for jobs and memberships.',
      resolve: (link) => link.tieKind,
    }),
    lastConfirmedAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the tie was last confirmed; null for jobs, memberships, or never.',
      resolve: (link) => link.lastConfirmedAt,
    }),
    daysSinceConfirmed: t.int({
      nullable: true,
      description: 'Days from its last confirmation to `asOf`; null when not a confirmed tie.',
      resolve: (link) => ageInDays(link.lastConfirmedAt, link.asOf),
    }),
  }),
});

export type PathWithDay = PathShape & { asOf: string };

export const NetworkPath = builder.objectRef<PathWithDay>('NetworkPath').implement({
  description: 'The shortest path (at most 4 steps) from the asking professional to a partner.',
  fields: (t) => ({
    steps: t.int({ description: 'How many steps (links).', resolve: (path) => path.links.length }),
    nodes: t.field({
      type: [PathNode],
      description: 'From the asker (first) to the partner (last).',
      complexity: { field: 1, multiplier: 5 },
      resolve: (path) => path.nodes,
    }),
    links: t.field({
      type: [PathLink],
      description: 'The steps in order: links[i] joins nodes[i] and nodes[i + 1].',
      complexity: { field: 1, multiplier: 4 },
      resolve: (path) => path.links.map((link) => ({ ...link, asOf: path.asOf })),
    }),
  }),
});
