import { z } from 'zod';
import { Region } from '../../geography/refs.js';
import { Organisation } from '../../network/refs.js';
import { SectorEnum } from '../../network/sector-enum.js';
import { CaseCount } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import { Tie } from '../../ties/tie.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { asOfDescription, asOfOrToday, regionCodeRule } from './args.js';
import type { SinglePointOfFailure as SpofShape } from './brokers.js';
import {
  defaultMinHandovers,
  type HiddenCollaborationShape,
  hiddenCollaboration,
} from './hidden.js';
import { type ProvisionGapShape, provisionGaps } from './provision.js';
import { type NetworkStructureShape, networkStructure } from './structure.js';

const ProvisionGap = builder.objectRef<ProvisionGapShape>('ProvisionGap').implement({
  description: "A need of the region's cases that no organisation serving the region offers.",
  fields: (t) => ({
    need: t.expose('need', { type: NeedEnum, description: 'The need nobody offers here.' }),
    cases: t.expose('cases', {
      type: CaseCount,
      description: 'Cases of the region with the need (small-count rule applies).',
    }),
  }),
});

const SinglePointOfFailure = builder.objectRef<SpofShape>('SinglePointOfFailure').implement({
  description:
    'An organisation whose loss leaves a whole sector of the region without any path to the other sectors: every tie across the sector’s border ends at it.',
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      description: 'The sole broker.',
      resolve: (s) => s.brokerId,
    }),
    sector: t.expose('sector', { type: SectorEnum, description: 'The sector it alone connects.' }),
    cutOff: t.field({
      type: [Organisation],
      description: 'The sector’s organisations that would lose every path to other sectors.',
      resolve: (s) => s.cutOffIds,
    }),
    bridge: t.field({
      type: Tie,
      nullable: true,
      description: 'When a single tie joins the sector to the rest: that tie.',
      resolve: (s) => s.bridgeTieId,
    }),
  }),
});

const NetworkStructure = builder.objectRef<NetworkStructureShape>('NetworkStructure').implement({
  description: "Weak spots in the shape of a region's organisation network.",
  fields: (t) => ({
    region: t.field({ type: Region, description: 'The region.', resolve: (s) => s.regionCode }),
    asOf: t.field({ type: 'Date', description: 'The day judged as of.', resolve: (s) => s.asOf }),
    isolated: t.field({
      type: [Organisation],
      description: 'Organisations serving the region without any active tie to an organisation.',
      resolve: (s) => s.isolatedIds,
    }),
    singlePointsOfFailure: t.expose('singlePointsOfFailure', {
      type: [SinglePointOfFailure],
      description: 'Sole brokers between sectors.',
    }),
    unconfirmedTies: t.field({
      type: [Tie],
      description: 'Organisation ties of the region not confirmed for 12 months (or never).',
      resolve: (s) => s.unconfirmedTieIds,
    }),
  }),
});

const HiddenCollaboration = builder
  .objectRef<HiddenCollaborationShape>('HiddenCollaboration')
  .implement({
    description:
      'Two organisations handing the region’s cases to each other with no tie between them: collaboration the network does not show.',
    fields: (t) => ({
      organisations: t.field({
        type: [Organisation],
        description: 'The two organisations.',
        resolve: (h) => h.organisationIds,
      }),
      handovers: t.expose('handovers', { type: CaseCount, description: 'Handovers between them.' }),
      cases: t.expose('cases', { type: CaseCount, description: 'Cases handed between them.' }),
      sharedCases: t.expose('sharedCases', {
        type: CaseCount,
        description: 'Cases of the region both are involved in.',
      }),
    }),
  });

const regionArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  regionCode: t.arg.string({ required: true, validate: regionCodeRule, description: 'e.g. MC15.' }),
  asOf: t.arg({ type: 'Date', description: asOfDescription }),
});

builder.queryFields((t) => ({
  provisionGaps: t.field({
    type: [ProvisionGap],
    description:
      "Needs of a region's cases (opened on or before asOf) that no organisation serving the region offers; counts only.",
    args: regionArgs(t),
    resolve: (_root, { regionCode, asOf }, { db, viewer }) =>
      provisionGaps(db, regionCode, asOfOrToday(asOf), viewer?.organisationId ?? null),
  }),
  networkStructure: t.field({
    type: NetworkStructure,
    description:
      'Isolated organisations, single points of failure and unconfirmed ties of a region.',
    args: regionArgs(t),
    resolve: (_root, { regionCode, asOf }, { db }) =>
      networkStructure(db, regionCode, asOfOrToday(asOf)),
  }),
  hiddenCollaboration: t.field({
    type: [HiddenCollaboration],
    description:
      "Pairs of organisations handing a region's cases to each other (requested on or before asOf) without any tie; counts only.",
    args: {
      ...regionArgs(t),
      minHandovers: t.arg.int({
        defaultValue: defaultMinHandovers,
        required: true,
        validate: z.number().int().min(1, 'at least 1').max(1000, 'at most 1000'),
        description: 'The fewest handovers between two organisations that count.',
      }),
    },
    resolve: (_root, { regionCode, asOf, minHandovers }, { db, viewer }) =>
      hiddenCollaboration(db, regionCode, asOfOrToday(asOf), {
        minHandovers,
        viewerOrganisationId: viewer?.organisationId ?? null,
      }),
  }),
}));
