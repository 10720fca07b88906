import { CaseCount } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { NetworkPath } from './path-schema.js';
import type { ReasonPart, ReasonShape } from './reasons.js';

// The typed reasons behind a partner's score: one object per part, sharing `PartnerReason`.

type Of<P extends ReasonPart> = Extract<ReasonShape, { part: P }>;

const PartEnum = builder.enumType('PartnerReasonPart', {
  description: 'The parts of a partner’s score (see server/src/analysis/partners/README.md).',
  values: {
    MUNICIPALITY: { description: 'Serves the municipality (40), or its RMC region (10).' },
    NEEDS: { description: 'Offers the asked needs: 40 × share, plus 10 when all.' },
    PATH: { description: 'A path from the asker: 6 for one step, 1.5 less per further step.' },
    TRACK_RECORD: { description: '3 × the acceptance rate of handovers it received.' },
    FRESHNESS: { description: 'How recently the ties on the path were confirmed: up to 1.' },
  },
});

const typeNames: Record<ReasonPart, string> = {
  MUNICIPALITY: 'MunicipalityReason',
  NEEDS: 'NeedsReason',
  PATH: 'PathReason',
  TRACK_RECORD: 'TrackRecordReason',
  FRESHNESS: 'FreshnessReason',
};

export const PartnerReason = builder.interfaceRef<ReasonShape>('PartnerReason').implement({
  description: 'One part of a partner’s score: what it is, what it scored and could score.',
  resolveType: (reason) => typeNames[reason.part],
  fields: (t) => ({
    part: t.expose('part', { type: PartEnum, description: 'Which part of the score.' }),
    score: t.exposeFloat('score', { description: 'Points this part adds to the total.' }),
    maxScore: t.exposeFloat('maxScore', { description: 'The most this part can add.' }),
  }),
});

builder.objectRef<Of<'MUNICIPALITY'>>('MunicipalityReason').implement({
  description: 'Whether the organisation serves the municipality, or its region.',
  interfaces: [PartnerReason],
  fields: (t) => ({
    servesMunicipality: t.exposeBoolean('servesMunicipality', {
      description: 'It serves the asked municipality.',
    }),
    inRegion: t.exposeBoolean('inRegion', {
      description: 'It serves a municipality of the same RMC region (the asked one included).',
    }),
    distanceKm: t.exposeFloat('distanceKm', {
      description:
        'Km to the nearest municipality it serves (centre to centre); 0 when it serves it.',
    }),
  }),
});

builder.objectRef<Of<'NEEDS'>>('NeedsReason').implement({
  description: 'Which of the asked needs the organisation offers.',
  interfaces: [PartnerReason],
  fields: (t) => ({
    offered: t.expose('offered', { type: [NeedEnum], description: 'Asked needs it offers.' }),
    missing: t.expose('missing', { type: [NeedEnum], description: 'Asked needs it does not.' }),
  }),
});

builder.objectRef<Of<'PATH'>>('PathReason').implement({
  description: 'How the asker reaches the organisation through the network.',
  interfaces: [PartnerReason],
  fields: (t) => ({
    path: t.expose('path', {
      type: NetworkPath,
      nullable: true,
      description: 'The shortest path, at most 4 steps; null when there is none (or no asker).',
    }),
  }),
});

builder.objectRef<Of<'TRACK_RECORD'>>('TrackRecordReason').implement({
  description:
    'Handovers the organisation received from anywhere, up to `asOf`, under the small-count rule.',
  interfaces: [PartnerReason],
  fields: (t) => ({
    cases: t.field({
      type: CaseCount,
      description: 'Distinct cases handed over to it.',
      resolve: (reason) => reason.cases,
    }),
    acceptanceRate: t.exposeFloat('acceptanceRate', {
      nullable: true,
      description:
        'Accepted of those answered (accepted or declined), 0–1; null when none was answered or the case count is hidden.',
    }),
    medianDaysToAccept: t.exposeFloat('medianDaysToAccept', {
      nullable: true,
      description: 'Median days from request to acceptance; null when none or the count is hidden.',
    }),
  }),
});

builder.objectRef<Of<'FRESHNESS'>>('FreshnessReason').implement({
  description: 'How recently the ties on the path, and of the organisation, were confirmed.',
  interfaces: [PartnerReason],
  fields: (t) => ({
    oldestTieOnPathDays: t.exposeInt('oldestTieOnPathDays', {
      nullable: true,
      description:
        'Days since the least recently confirmed tie on the path; null without ties on it or when one was never confirmed.',
    }),
    newestTieDays: t.exposeInt('newestTieDays', {
      nullable: true,
      description: 'Days since any active tie of the organisation itself was last confirmed.',
    }),
  }),
});
