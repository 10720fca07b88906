import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { mutationErrors } from '../schema/errors.js';
import * as rules from '../schema/validation.js';
import { riskIndicators } from '../vocabulary/cases.js';
import { needCodes } from '../vocabulary/needs.js';
import { CaseKindEnum, NeedEnum, RiskIndicatorEnum } from '../vocabulary/schema.js';
import { Case } from './refs.js';
import * as caseRules from './validation.js';
import {
  closeCase,
  involveOrganisation,
  registerCase,
  setCaseCoordinator,
  updateCase,
} from './writes.js';

const RegisterCaseInput = builder.inputType('RegisterCaseInput', {
  fields: (t) => ({
    bsn: t.string({
      required: true,
      description:
        'The BSN, checked with the 11-test and turned into a pseudonym at once: never stored or returned.',
      validate: caseRules.bsn,
    }),
    kind: t.field({ type: CaseKindEnum, required: true }),
    age: t.int({
      required: true,
      description: 'Age in years (4–27).',
      validate: caseRules.age,
    }),
    municipalityCode: t.string({ required: true, validate: rules.municipalityCode }),
    schoolId: t.globalID({ for: Organisation, description: 'The school, if any.' }),
    needs: t.field({
      type: [NeedEnum],
      required: true,
      validate: caseRules.codes(needCodes.length),
    }),
    riskIndicators: t.field({
      type: [RiskIndicatorEnum],
      required: true,
      validate: caseRules.codes(riskIndicators.length),
    }),
    openedAt: t.field({
      type: 'Date',
      description: 'Defaults to today.',
      validate: caseRules.openedAt,
    }),
    organisationId: t.globalID({
      for: Organisation,
      required: true,
      description: 'The registering organisation; it becomes involved in the case.',
    }),
  }),
});

const RegisterCasePayload = builder
  .objectRef<{ caseId: string; subjectKnown: boolean }>('RegisterCasePayload')
  .implement({
    fields: (t) => ({
      case: t.field({ type: Case, resolve: (payload) => payload.caseId }),
      subjectAlreadyKnown: t.exposeBoolean('subjectKnown', {
        description:
          'The young person already had a case (co-involvement, as in the Verwijsindex); linked to the same subject.',
      }),
    }),
  });

const UpdateCaseInput = builder.inputType('UpdateCaseInput', {
  description: 'Only the fields given change; a list given replaces the old one.',
  fields: (t) => ({
    kind: t.field({ type: CaseKindEnum }),
    age: t.int({ validate: caseRules.age.nullish() }),
    municipalityCode: t.string({ validate: rules.municipalityCode.nullish() }),
    schoolId: t.globalID({ for: Organisation, description: 'null removes the school.' }),
    needs: t.field({ type: [NeedEnum], validate: caseRules.codes(needCodes.length).nullish() }),
    riskIndicators: t.field({
      type: [RiskIndicatorEnum],
      validate: caseRules.codes(riskIndicators.length).nullish(),
    }),
  }),
});

builder.mutationFields((t) => ({
  registerCase: t.field({
    type: RegisterCasePayload,
    errors: mutationErrors,
    description:
      'Registers a case. The same BSN registered before links to the same pseudonymised subject.',
    args: { input: t.arg({ type: RegisterCaseInput, required: true }) },
    // A professional registers for their own organisation only.
    authScopes: (_root, { input }) => ({ ownOrganisation: input.organisationId.id }),
    resolve: (_root, { input }, { db, pseudonymKeys, audit }) =>
      registerCase(db, pseudonymKeys, {
        bsn: input.bsn,
        kind: input.kind,
        age: input.age,
        municipalityCode: input.municipalityCode,
        schoolId: input.schoolId?.id ?? null,
        needs: input.needs,
        riskIndicators: input.riskIndicators,
        openedAt: input.openedAt ?? null,
        organisationId: input.organisationId.id,
      }).then((payload) => {
        audit.wroteCase('registerCase', payload.caseId);
        return payload;
      }),
  }),
  updateCase: t.field({
    type: Case,
    errors: mutationErrors,
    description: 'Corrects an open case; retainUntil follows a corrected kind or age.',
    args: {
      id: t.arg.globalID({ required: true, for: Case }),
      input: t.arg({ type: UpdateCaseInput, required: true }),
    },
    authScopes: (_root, { id }) => ({ caseReader: id.id }),
    resolve: (_root, { id, input }, { db, audit }) =>
      updateCase(db, id.id, {
        kind: input.kind ?? undefined,
        age: input.age ?? undefined,
        municipalityCode: input.municipalityCode ?? undefined,
        schoolId: input.schoolId === undefined ? undefined : (input.schoolId?.id ?? null),
        needs: input.needs ?? undefined,
        riskIndicators: input.riskIndicators ?? undefined,
      }).then(audit.afterWrite('case', 'updateCase')),
  }),
  closeCase: t.field({
    type: Case,
    errors: mutationErrors,
    description: 'Closes an open case today. It is kept until retainUntil, then purged.',
    args: { id: t.arg.globalID({ required: true, for: Case }) },
    authScopes: (_root, { id }) => ({ caseReader: id.id }),
    resolve: (_root, { id }, { db, audit }) =>
      closeCase(db, id.id).then(audit.afterWrite('case', 'closeCase')),
  }),
  setCaseCoordinator: t.field({
    type: Case,
    errors: mutationErrors,
    description:
      'Gives the regie to a professional of an organisation involved in the case; one at a time.',
    args: {
      caseId: t.arg.globalID({ required: true, for: Case }),
      professionalId: t.arg.globalID({ required: true, for: Professional }),
    },
    authScopes: (_root, { caseId }) => ({ caseReader: caseId.id }),
    resolve: (_root, { caseId, professionalId }, { db, audit }) =>
      setCaseCoordinator(db, caseId.id, professionalId.id).then(
        audit.afterWrite('case', 'setCaseCoordinator'),
      ),
  }),
  involveOrganisation: t.field({
    type: Case,
    errors: mutationErrors,
    description: 'Involves an organisation in an open case (no change when it already is).',
    args: {
      caseId: t.arg.globalID({ required: true, for: Case }),
      organisationId: t.arg.globalID({ required: true, for: Organisation }),
    },
    authScopes: (_root, { caseId }) => ({ caseReader: caseId.id }),
    resolve: (_root, { caseId, organisationId }, { db, audit }) =>
      involveOrganisation(db, caseId.id, organisationId.id).then(
        audit.afterWrite('case', 'involveOrganisation'),
      ),
  }),
}));
