import { z } from 'zod';
import { Case } from '../../cases/refs.js';
import { Municipality } from '../../geography/refs.js';
import { Organisation, Professional } from '../../network/refs.js';
import { builder } from '../../schema/builder.js';
import * as rules from '../../schema/validation.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { asOfOrToday } from './dates.js';
import {
  findPartners,
  type PartnerResultShape,
  type PartnerShape,
  readCandidates,
} from './finder.js';
import { reasonsOf } from './reasons.js';
import { PartnerReason } from './reasons-schema.js';
import { required, resolveRequest } from './request.js';

// The partner finder (issue 6): who to turn to for these needs in this municipality.

type SuggestionShape = PartnerShape & { asOf: string };

const PartnerSuggestion = builder.objectRef<SuggestionShape>('PartnerSuggestion').implement({
  description:
    'An organisation suggested as partner, with a contact and the reasons, part by part.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'Its place in the list, from 1.' }),
    organisation: t.field({
      type: Organisation,
      description: 'The suggested organisation.',
      resolve: (partner) => partner.id,
    }),
    contact: t.field({
      type: Professional,
      nullable: true,
      description:
        'An active professional there in the role that fits the needs best (listed expertise first, then role, then lowest id); null when it has no active staff.',
      resolve: (partner) => partner.contactId,
    }),
    score: t.exposeFloat('total', {
      description: 'The total: the sum of the reasons’ scores, at most 100.',
    }),
    reasons: t.field({
      type: [PartnerReason],
      description: 'The score in parts: municipality, needs, path, track record, freshness.',
      complexity: { field: 1, multiplier: 5 },
      resolve: (partner) => reasonsOf(partner, partner.asOf),
    }),
  }),
});

const PartnerFinderResult = builder
  .objectRef<PartnerResultShape & { asOf: string }>('PartnerFinderResult')
  .implement({
    description: 'Partners for a request, ranked, and which needs nobody nearby offers.',
    fields: (t) => ({
      municipality: t.field({
        type: Municipality,
        description: 'The municipality asked about (given, or the case’s).',
        resolve: (result) => result.request.municipalityCode,
      }),
      needs: t.field({
        type: [NeedEnum],
        description: 'The needs asked about (given, or the case’s).',
        resolve: (result) => [...result.request.needs],
      }),
      asker: t.field({
        type: Professional,
        nullable: true,
        description: 'Whom the paths start from; null when the viewer is no professional.',
        resolve: (result) => result.request.askerId,
      }),
      asOf: t.field({
        type: 'Date',
        description: 'The day track records and tie ages are judged as of.',
        resolve: (result) => result.asOf,
      }),
      uncoveredNeeds: t.field({
        type: [NeedEnum],
        description:
          'Asked needs no organisation serving the municipality offers: the partners for these come from the region or beyond (a provision gap).',
        resolve: (result) => result.uncoveredNeeds,
      }),
      partners: t.field({
        type: [PartnerSuggestion],
        description: 'The best-scoring organisations, best first.',
        // Counted as the default list of 10 whatever the limit: the limit itself caps it at 50.
        resolve: (result) => result.partners.map((p) => ({ ...p, asOf: result.asOf })),
      }),
    }),
  });

builder.queryField('partnerFinder', (t) =>
  t.field({
    type: PartnerFinderResult,
    description:
      'Organisations to turn to for needs in a municipality, ranked with a contact and the reasons (server/src/analysis/partners/README.md).',
    args: {
      needs: t.arg({
        type: [NeedEnum],
        validate: z.array(z.string()).max(16, 'at most 16 needs'),
        description: 'What is needed; default: the case’s needs.',
      }),
      municipalityCode: t.arg.string({
        validate: rules.municipalityCode.nullish(),
        description: 'CBS code, e.g. GM0855; default: the case’s municipality.',
      }),
      caseId: t.arg.globalID({
        for: Case,
        description: 'A case the viewer may read; its needs and municipality fill in the rest.',
      }),
      askerId: t.arg.globalID({
        for: Professional,
        description: 'Whom paths start from; default: the viewer’s own professional.',
      }),
      limit: t.arg.int({
        defaultValue: 10,
        validate: z.number().int().min(1, 'at least 1').max(50, 'at most 50'),
        description: 'How many partners, 1–50.',
      }),
      asOf: t.arg({
        type: 'Date',
        description: 'Judge track records and tie ages as of this day; default today (UTC).',
      }),
    },
    authScopes: (_root, { caseId }) => (caseId ? { caseReader: caseId.id } : { signedIn: true }),
    resolve: async (_root, args, context) => {
      // Given needs and municipality, the candidates are read alongside the request's facts;
      // the request still fails as before when the facts do (the early read is then dropped).
      const inRegion =
        args.needs?.length && args.municipalityCode
          ? readCandidates(context.db, {
              municipalityCode: args.municipalityCode,
              needs: [...new Set(args.needs)],
            })
          : undefined;
      inRegion?.catch(() => {});
      const facts = await resolveRequest(context, {
        needs: args.needs,
        municipalityCode: args.municipalityCode,
        caseId: args.caseId?.id,
        askerId: args.askerId?.id,
      });
      const asOf = asOfOrToday(args.asOf);
      const result = await findPartners(
        context.db,
        {
          municipalityCode: required(facts.municipalityCode, 'municipalityCode', 'a municipality'),
          needs: required(facts.needs, 'needs', 'at least one need'),
          askerId: facts.asker?.id ?? null,
          askerOrganisationId: facts.asker?.organisationId ?? null,
          viewerOrganisationId: context.viewer?.organisationId ?? null,
          asOf,
          limit: args.limit ?? 10,
        },
        inRegion ? { inRegion } : {},
      );
      return { ...result, asOf };
    },
  }),
);
