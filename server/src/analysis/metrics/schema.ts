import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { Region } from '../../geography/refs.js';
import { OrganisationKindEnum, TieKindEnum } from '../../network/organisation.js';
import { Organisation } from '../../network/refs.js';
import { SectorEnum } from '../../network/sector-enum.js';
import { builder } from '../../schema/builder.js';
import type { NetworkAnalysis } from './analysis.js';
import type { Gatekeeper, SectorBridge } from './brokers.js';
import { type Sector, sectorOf } from './sectors.js';

export { SectorEnum };

const OrganisationMetricsOrderEnum = builder.enumType('OrganisationMetricsOrder', {
  description: 'How organisations in network metrics are ordered (largest first).',
  values: ['DEGREE', 'BETWEENNESS', 'CROSS_SECTOR_TIES'] as const,
});

type OrganisationMetricsShape = { id: string; analysis: NetworkAnalysis };
const OrganisationMetrics = builder
  .objectRef<OrganisationMetricsShape>('OrganisationNetworkMetrics')
  .implement({
    description: 'Where one organisation sits in the network.',
    fields: (t) => ({
      organisation: t.field({
        type: Organisation,
        description: 'The organisation.',
        resolve: (o) => o.id,
      }),
      kind: t.field({
        type: OrganisationKindEnum,
        description: 'Its kind.',
        resolve: (o) => o.analysis.graph.getNodeAttribute(o.id, 'kind'),
      }),
      sector: t.field({
        type: SectorEnum,
        description: 'Its sector.',
        resolve: (o) => sectorOf[o.analysis.graph.getNodeAttribute(o.id, 'kind')],
      }),
      degree: t.int({
        description: 'Organisations it is tied to.',
        resolve: (o) => o.analysis.graph.degree(o.id),
      }),
      betweenness: t.float({
        description: 'Normalised betweenness centrality, 0–1 (see `betweennessMethod`).',
        resolve: (o) => o.analysis.betweenness().values[o.id] ?? 0,
      }),
      community: t.int({
        description: 'Its community (Louvain), numbered from 0, largest first.',
        resolve: (o) => o.analysis.communities().of[o.id] ?? 0,
      }),
      crossSectorTies: t.int({
        description: 'Organisations of another sector it is tied to.',
        resolve: (o) => o.analysis.crossSector()[o.id]?.crossSectorTies ?? 0,
      }),
      sectorsReached: t.int({
        description: 'Other sectors it is tied to.',
        resolve: (o) => o.analysis.crossSector()[o.id]?.sectorsReached ?? 0,
      }),
    }),
  });

const GatekeeperRef = builder.objectRef<Gatekeeper>('SectorGatekeeper').implement({
  description: 'An organisation outside a sector at the other end of its ties to other sectors.',
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      description: 'The organisation.',
      resolve: (g) => g.organisationId,
    }),
    ties: t.exposeInt('ties', { description: 'Ties between the sector and it.' }),
    share: t.exposeFloat('share', {
      description: 'Its part of all the sector’s outside ties, 0–1; 1: the sector’s sole broker.',
    }),
  }),
});

const SectorBridgeRef = builder.objectRef<SectorBridge>('SectorBridge').implement({
  description: 'How a sector reaches the others: its outside ties and who they end at.',
  fields: (t) => ({
    sector: t.expose('sector', { type: SectorEnum, description: 'The sector.' }),
    outsideTies: t.exposeInt('outsideTies', {
      description: 'Ties from the sector to other sectors.',
    }),
    gatekeepers: t.field({
      type: [GatekeeperRef],
      description: 'Outside organisations by their share of those ties, largest first.',
      args: {
        limit: t.arg.int({
          defaultValue: 5,
          description: 'At most this many (1–100).',
          validate: z.number().int().min(1).max(100),
        }),
      },
      resolve: (bridge, { limit }) => bridge.gatekeepers.slice(0, limit ?? 5),
    }),
  }),
});

type CommunityShape = { number: number; members: string[]; analysis: NetworkAnalysis };
const CommunityRef = builder.objectRef<CommunityShape>('NetworkCommunity').implement({
  description: 'A group of organisations more tied among themselves than to others (Louvain).',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Its number, from 0, largest first.' }),
    size: t.int({ description: 'Organisations in it.', resolve: (c) => c.members.length }),
    organisations: t.field({
      type: [Organisation],
      description: 'Its organisations, by id.',
      resolve: (c) => c.members,
    }),
    sectors: t.field({
      type: [SectorEnum],
      description: 'The sectors of its organisations, most common first.',
      resolve: (c) => {
        const counts = new Map<string, number>();
        for (const id of c.members) {
          const sector = sectorOf[c.analysis.graph.getNodeAttribute(id, 'kind')];
          counts.set(sector, (counts.get(sector) ?? 0) + 1);
        }
        return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s as Sector);
      },
    }),
  }),
});

type TieShape = { source: string; target: string; kinds: string[] };
const NetworkTieRef = builder.objectRef<TieShape>('NetworkMetricsTie').implement({
  description: 'A pair of organisations tied on the day analysed.',
  fields: (t) => ({
    source: t.id({
      description: 'One organisation’s global id.',
      resolve: (e) => encodeGlobalID('Organisation', e.source),
    }),
    target: t.id({
      description: 'The other’s global id.',
      resolve: (e) => encodeGlobalID('Organisation', e.target),
    }),
    kinds: t.field({
      type: [TieKindEnum],
      description: 'The kinds of tie between them.',
      resolve: (e) => e.kinds as never,
    }),
  }),
});

const BetweennessMethod = builder
  .objectRef<ReturnType<NetworkAnalysis['betweenness']>>('BetweennessMethod')
  .implement({
    description:
      'How betweenness was computed: exact, or estimated from a seeded sample of sources.',
    fields: (t) => ({
      exact: t.exposeBoolean('exact', { description: 'Exact (Brandes) over every organisation.' }),
      sampleSize: t.exposeInt('sampleSize', { description: 'Source organisations used.' }),
      seed: t.exposeInt('seed', {
        nullable: true,
        description: 'Seed of the sample; null when exact.',
      }),
    }),
  });

export const NetworkMetrics = builder.objectRef<NetworkAnalysis>('NetworkMetrics').implement({
  description: 'Metrics of the network of a region (or the country) as it was on one day.',
  fields: (t) => ({
    region: t.field({
      type: Region,
      nullable: true,
      description: 'The region; null for the whole country.',
      resolve: (a) => a.regionCode,
    }),
    asOf: t.field({
      type: 'Date',
      description: 'The day the network is taken as of.',
      resolve: (a) => a.asOf,
    }),
    organisationCount: t.int({
      description: 'Organisations present that day.',
      resolve: (a) => a.graph.order,
    }),
    tiedPairs: t.int({
      description: 'Pairs of organisations tied that day.',
      resolve: (a) => a.graph.size,
    }),
    density: t.float({
      description: 'Tied pairs out of all possible pairs, 0–1.',
      resolve: (a) => a.density(),
    }),
    averageDegree: t.float({
      description: 'Average organisations each is tied to.',
      resolve: (a) => a.averageDegree(),
    }),
    crossSectorShare: t.float({
      description: 'Share of the tied pairs that join two sectors, 0–1.',
      resolve: (a) => a.crossSectorShare(),
    }),
    communityCount: t.int({
      description: 'Communities found (Louvain).',
      resolve: (a) => a.communities().members.length,
    }),
    modularity: t.float({
      description: 'Modularity of the communities.',
      resolve: (a) => a.communities().modularity,
    }),
    communitySeed: t.int({
      description: 'Seed of the Louvain run.',
      resolve: (a) => a.communities().seed,
    }),
    betweennessMethod: t.field({
      type: BetweennessMethod,
      description: 'How betweenness was computed.',
      resolve: (a) => a.betweenness(),
    }),
    organisations: t.field({
      type: [OrganisationMetrics],
      description: 'Organisations with their metrics, in the order asked, largest first.',
      args: {
        orderBy: t.arg({
          type: OrganisationMetricsOrderEnum,
          defaultValue: 'DEGREE',
          required: true,
          description: 'The metric to order by.',
        }),
        limit: t.arg.int({
          defaultValue: 100,
          required: true,
          description: 'At most this many (1–20,000).',
          validate: z.number().int().min(1).max(20_000),
        }),
      },
      resolve: (a, { orderBy, limit }) => {
        const score = (id: string) =>
          orderBy === 'BETWEENNESS'
            ? (a.betweenness().values[id] ?? 0)
            : orderBy === 'CROSS_SECTOR_TIES'
              ? (a.crossSector()[id]?.crossSectorTies ?? 0)
              : a.graph.degree(id);
        return a.graph
          .nodes()
          .map((id) => ({ id, score: score(id) }))
          .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
          .slice(0, limit)
          .map(({ id }) => ({ id, analysis: a }));
      },
    }),
    communities: t.field({
      type: [CommunityRef],
      description: 'The communities, largest first.',
      args: {
        limit: t.arg.int({
          defaultValue: 20,
          required: true,
          description: 'At most this many (1–5,000).',
          validate: z.number().int().min(1).max(5_000),
        }),
      },
      resolve: (a, { limit }) =>
        a
          .communities()
          .members.slice(0, limit)
          .map((members, number) => ({ number, members, analysis: a })),
    }),
    sectorBridges: t.field({
      type: [SectorBridgeRef],
      description: 'Per sector, who its ties to other sectors end at: brokers between sectors.',
      resolve: (a) => a.sectorBridges(),
    }),
    ties: t.field({
      type: [NetworkTieRef],
      description: 'The tied pairs that day: the network as it was, ready to draw.',
      resolve: (a) =>
        a.graph.mapEdges((_edge, attributes, source, target) => ({
          source,
          target,
          kinds: attributes.kinds,
        })),
    }),
  }),
});
