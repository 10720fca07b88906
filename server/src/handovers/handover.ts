import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Case } from '../cases/refs.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { HandoverStatusEnum, LegalBasisEnum } from '../vocabulary/schema.js';
import {
  type DeclineReason,
  declineReasons,
  type HandoverReason,
  handoverReasons,
} from './reasons.js';
import { Handover } from './refs.js';
import { handoversPage } from './store.js';

const described = <K extends string>(labels: Record<K, string>) =>
  Object.fromEntries(
    Object.entries(labels).map(([code, label]) => [code, { description: label as string }]),
  ) as Record<K, { description: string }>;

export const HandoverReasonEnum = builder.enumType('HandoverReason', {
  description: 'Why a case is handed over (coded: no free text about a young person).',
  values: described<HandoverReason>(handoverReasons),
});

export const DeclineReasonEnum = builder.enumType('HandoverDeclineReason', {
  description: 'Why a handover is declined (coded).',
  values: described<DeclineReason>(declineReasons),
});

const msPerDay = 24 * 60 * 60 * 1000;

Handover.implement({
  description:
    'A case passing from one organisation to another; in order, a case’s journey. Only ' +
    'professionals of an organisation involved in the case, or of the receiver, see it.',
  runScopesOnType: true,
  authScopes: (found) => ({
    $any: { caseReader: found.caseId, handoverRecipient: found.id },
  }),
  fields: (t) => ({
    reason: t.expose('reason', { type: HandoverReasonEnum }),
    legalBasis: t.expose('legalBasis', { type: LegalBasisEnum }),
    warm: t.exposeBoolean('warm', { description: 'A warm handover: the two talk it through.' }),
    status: t.expose('status', { type: HandoverStatusEnum }),
    requestedAt: t.field({ type: 'DateTime', resolve: (h) => h.requestedAt }),
    acceptedAt: t.field({ type: 'DateTime', nullable: true, resolve: (h) => h.acceptedAt }),
    declinedAt: t.field({ type: 'DateTime', nullable: true, resolve: (h) => h.declinedAt }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (h) => h.completedAt }),
    declineReason: t.expose('declineReason', { type: DeclineReasonEnum, nullable: true }),
    case: t.field({ type: Case, resolve: (h) => h.caseId }),
    from: t.field({ type: Organisation, resolve: (h) => h.fromOrganisationId }),
    to: t.field({ type: Organisation, resolve: (h) => h.toOrganisationId }),
    fromProfessional: t.field({
      type: Professional,
      nullable: true,
      resolve: (h) => h.fromProfessionalId,
    }),
    toProfessional: t.field({
      type: Professional,
      nullable: true,
      resolve: (h) => h.toProfessionalId,
    }),
    durationToAcceptDays: t.float({
      nullable: true,
      description: 'Days from request to acceptance (two decimals); null until accepted.',
      resolve: (h) =>
        h.acceptedAt === null
          ? null
          : Math.round(((Date.parse(h.acceptedAt) - Date.parse(h.requestedAt)) / msPerDay) * 100) /
            100,
    }),
  }),
});

const HandoverFilter = builder.inputType('HandoverFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [HandoverStatusEnum] }),
    caseId: t.globalID({ for: Case }),
    fromOrganisationId: t.globalID({ for: Organisation }),
    toOrganisationId: t.globalID({ for: Organisation }),
  }),
});

builder.queryFields((t) => ({
  handover: t.field({
    type: Handover,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Handover }) },
    resolve: (_root, { id }) => id.id,
  }),
  handovers: t.connection({
    type: Handover,
    description:
      'Handovers of the cases your organisation is involved in, and those sent to it, newest request first, filtered.',
    args: { filter: t.arg({ type: HandoverFilter }) },
    resolve: async (_root, args, { db, viewer }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const filter = args.filter ?? {};
        const result = await handoversPage(
          db,
          viewer?.organisationId ?? null,
          {
            statuses: filter.statuses,
            caseId: filter.caseId?.id,
            fromOrganisationId: filter.fromOrganisationId?.id,
            toOrganisationId: filter.toOrganisationId?.id,
          },
          page,
        );
        totalCount = result.totalCount;
        return result.ids;
      });
      return { ...connection, totalCount };
    },
  }),
}));
