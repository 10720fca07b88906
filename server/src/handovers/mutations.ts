import { Case } from '../cases/refs.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { mutationErrors } from '../schema/errors.js';
import { LegalBasisEnum } from '../vocabulary/schema.js';
import { DeclineReasonEnum, HandoverReasonEnum } from './handover.js';
import { Handover } from './refs.js';
import { acceptHandover, completeHandover, declineHandover, requestHandover } from './writes.js';

const RequestHandoverInput = builder.inputType('RequestHandoverInput', {
  fields: (t) => ({
    caseId: t.globalID({ for: Case, required: true }),
    fromOrganisationId: t.globalID({
      for: Organisation,
      required: true,
      description: 'The sender; must be involved in the case.',
    }),
    toOrganisationId: t.globalID({ for: Organisation, required: true }),
    fromProfessionalId: t.globalID({ for: Professional, description: 'Works at the sender.' }),
    toProfessionalId: t.globalID({ for: Professional, description: 'Works at the receiver.' }),
    reason: t.field({ type: HandoverReasonEnum, required: true }),
    legalBasis: t.field({ type: LegalBasisEnum, required: true }),
    warm: t.boolean({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  requestHandover: t.field({
    type: Handover,
    errors: mutationErrors,
    description: 'Requests a handover of an open case; it starts REQUESTED.',
    args: { input: t.arg({ type: RequestHandoverInput, required: true }) },
    // Sent by a professional of the sending organisation, which must be involved in the case.
    authScopes: (_root, { input }) => ({
      $all: {
        caseReader: input.caseId.id,
        ownOrganisation: input.fromOrganisationId.id,
      },
    }),
    resolve: (_root, { input }, { db, audit }) =>
      requestHandover(db, {
        caseId: input.caseId.id,
        fromOrganisationId: input.fromOrganisationId.id,
        toOrganisationId: input.toOrganisationId.id,
        fromProfessionalId: input.fromProfessionalId?.id ?? null,
        toProfessionalId: input.toProfessionalId?.id ?? null,
        reason: input.reason,
        legalBasis: input.legalBasis,
        warm: input.warm,
      }).then(audit.afterWrite('handover', 'requestHandover')),
  }),
  acceptHandover: t.field({
    type: Handover,
    errors: mutationErrors,
    description: 'REQUESTED → ACCEPTED; the receiver becomes involved in the case.',
    args: { id: t.arg.globalID({ required: true, for: Handover }) },
    authScopes: (_root, { id }) => ({ handoverRecipient: id.id }),
    resolve: (_root, { id }, { db, audit }) =>
      acceptHandover(db, id.id).then(audit.afterWrite('handover', 'acceptHandover')),
  }),
  declineHandover: t.field({
    type: Handover,
    errors: mutationErrors,
    description: 'REQUESTED → DECLINED, with a coded reason.',
    args: {
      id: t.arg.globalID({ required: true, for: Handover }),
      reason: t.arg({ type: DeclineReasonEnum, required: true }),
    },
    authScopes: (_root, { id }) => ({ handoverRecipient: id.id }),
    resolve: (_root, { id, reason }, { db, audit }) =>
      declineHandover(db, id.id, reason).then(audit.afterWrite('handover', 'declineHandover')),
  }),
  completeHandover: t.field({
    type: Handover,
    errors: mutationErrors,
    description: 'ACCEPTED → COMPLETED, by the receiver.',
    args: { id: t.arg.globalID({ required: true, for: Handover }) },
    authScopes: (_root, { id }) => ({ handoverRecipient: id.id }),
    resolve: (_root, { id }, { db, audit }) =>
      completeHandover(db, id.id).then(audit.afterWrite('handover', 'completeHandover')),
  }),
}));
