import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Municipality } from '../geography/municipality.js';
import { Handover } from '../handovers/refs.js';
import { handoverIdsOfCases } from '../handovers/store.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import * as rules from '../schema/validation.js';
import {
  CaseKindEnum,
  CaseStatusEnum,
  NeedEnum,
  RiskIndicatorEnum,
  SortDirectionEnum,
} from '../vocabulary/schema.js';
import { Case } from './refs.js';
import { casesPage, involvementsOfCases } from './store.js';
import { type InvolvementShape, involvementRoles } from './types.js';

export const InvolvementRoleEnum = builder.enumType('InvolvementRole', {
  description:
    'How an organisation came to be involved: it registered the case, accepted a handover, or was added.',
  values: involvementRoles,
});

const CaseInvolvement = builder.objectRef<InvolvementShape>('CaseInvolvement').implement({
  fields: (t) => ({
    organisation: t.field({ type: Organisation, resolve: (i) => i.organisationId }),
    role: t.expose('role', { type: InvolvementRoleEnum }),
    since: t.field({ type: 'DateTime', resolve: (i) => i.since }),
  }),
});

Case.implement({
  description:
    'A case about one young person, pseudonymised: coded facts only, no name, address, birth date or BSN. ' +
    'Only professionals of an organisation involved in the case see it.',
  // Checked wherever a case turns up (by id, in a list, nested under anything), before any field.
  runScopesOnType: true,
  authScopes: (found) => ({ caseReader: found.id }),
  fields: (t) => ({
    kind: t.expose('kind', { type: CaseKindEnum }),
    status: t.expose('status', { type: CaseStatusEnum }),
    age: t.exposeInt('age', { description: 'Age in years when the case was opened.' }),
    needs: t.expose('needs', { type: [NeedEnum] }),
    riskIndicators: t.expose('riskIndicators', { type: [RiskIndicatorEnum] }),
    municipality: t.field({ type: Municipality, resolve: (c) => c.municipalityCode }),
    school: t.field({ type: Organisation, nullable: true, resolve: (c) => c.schoolId }),
    coordinator: t.field({
      type: Professional,
      nullable: true,
      description: 'The professional who holds the regie.',
      resolve: (c) => c.coordinatorId,
    }),
    openedAt: t.field({ type: 'Date', resolve: (c) => c.openedAt }),
    closedAt: t.field({ type: 'Date', nullable: true, resolve: (c) => c.closedAt }),
    retainUntil: t.field({
      type: 'Date',
      description: 'Kept until this date at the latest (DOMAIN.md, "Retention"); then purged.',
      resolve: (c) => c.retainUntil,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
    coInvolved: t.exposeBoolean('coInvolved', {
      description:
        'Another open case concerns the same young person (as the Verwijsindex signals). Only this fact is shown.',
    }),
    involvements: t.loadableList({
      type: CaseInvolvement,
      description: 'The organisations involved in the case, in the order they became involved.',
      load: (ids: string[], { db }) => involvementsOfCases(db, ids),
      resolve: (c) => c.id,
    }),
    handovers: t.loadableList({
      type: Handover,
      description: 'Its handovers in the order they were requested: the journey of the case.',
      load: (ids: string[], { db }) => handoverIdsOfCases(db, ids),
      resolve: (c) => c.id,
    }),
  }),
});

const CaseFilter = builder.inputType('CaseFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [CaseKindEnum] }),
    statuses: t.field({ type: [CaseStatusEnum] }),
    municipalityCode: t.string({ validate: rules.municipalityCode }),
    regionCode: t.string({ description: 'Code of a region its municipality lies in.' }),
    needs: t.field({ type: [NeedEnum], description: 'Needs all of these.' }),
    organisationId: t.globalID({ for: Organisation, description: 'Involves this organisation.' }),
  }),
});

const CaseOrderField = builder.enumType('CaseOrderField', {
  values: ['OPENED_AT', 'AGE'] as const,
});

const CaseOrder = builder.inputType('CaseOrder', {
  fields: (t) => ({
    field: t.field({ type: CaseOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', required: true }),
  }),
});

builder.queryFields((t) => ({
  case: t.field({
    type: Case,
    nullable: true,
    description: 'One case by its global id.',
    args: { id: t.arg.globalID({ required: true, for: Case }) },
    resolve: (_root, { id }) => id.id,
  }),
  cases: t.connection({
    type: Case,
    description:
      'Cases your organisation is involved in, filtered and sorted (newest first unless ordered otherwise).',
    args: { filter: t.arg({ type: CaseFilter }), orderBy: t.arg({ type: CaseOrder }) },
    resolve: async (_root, args, { db, viewer }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const filter = args.filter ?? {};
        const result = await casesPage(
          db,
          viewer?.organisationId ?? null,
          { ...filter, organisationId: filter.organisationId?.id ?? null },
          args.orderBy ?? { field: 'OPENED_AT', direction: 'DESC' },
          page,
        );
        totalCount = result.totalCount;
        return result.ids;
      });
      return { ...connection, totalCount };
    },
  }),
}));
