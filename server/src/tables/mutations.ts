import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { mutationErrors } from '../schema/errors.js';
import * as rules from '../schema/validation.js';
import type { NodeType } from '../ties/node-states.js';
import { TableKindEnum } from '../vocabulary/schema.js';
import { ConsultationTable } from './table.js';
import { addMember, archiveTable, createTable, removeMember, updateTable } from './writes.js';

const CreateConsultationTableInput = builder.inputType('CreateConsultationTableInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.name }),
    kind: t.field({ type: TableKindEnum, required: true }),
    municipalityCodes: t.stringList({
      required: true,
      description: 'CBS codes of the municipalities it works for; at least one.',
      validate: rules.municipalityCodes,
    }),
  }),
});

const UpdateConsultationTableInput = builder.inputType('UpdateConsultationTableInput', {
  description: 'Only the fields given change; a list given replaces the old one.',
  fields: (t) => ({
    name: t.string({ validate: rules.name }),
    kind: t.field({ type: TableKindEnum }),
    municipalityCodes: t.stringList({ validate: rules.municipalityCodes }),
  }),
});

const AddTableMemberInput = builder.inputType('AddTableMemberInput', {
  fields: (t) => ({
    tableId: t.globalID({ for: ConsultationTable, required: true }),
    memberId: t.globalID({ for: [Organisation, Professional], required: true }),
    since: t.field({ type: 'Date', description: 'First day of the seat; today if not given.' }),
  }),
});

const RemoveTableMemberInput = builder.inputType('RemoveTableMemberInput', {
  fields: (t) => ({
    tableId: t.globalID({ for: ConsultationTable, required: true }),
    memberId: t.globalID({ for: [Organisation, Professional], required: true }),
  }),
});

const member = (id: { typename: string; id: string }) => ({
  type: id.typename as NodeType,
  id: id.id,
});

builder.mutationFields((t) => ({
  createConsultationTable: t.field({
    type: ConsultationTable,
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateConsultationTableInput, required: true }) },
    // Tables serve municipalities: set up by administrators or the region's coordinator.
    authScopes: (_root, { input }) => ({ regionEditor: input.municipalityCodes }),
    resolve: (_root, { input }, { db }) => createTable(db, input, 'api'),
  }),
  updateConsultationTable: t.field({
    type: ConsultationTable,
    errors: mutationErrors,
    args: {
      id: t.arg.globalID({ required: true, for: ConsultationTable }),
      input: t.arg({ type: UpdateConsultationTableInput, required: true }),
    },
    authScopes: (_root, { id }) => ({ tableEditor: id.id }),
    resolve: (_root, { id, input }, { db }) =>
      updateTable(db, id.id, {
        name: input.name ?? undefined,
        kind: input.kind ?? undefined,
        municipalityCodes: input.municipalityCodes ?? undefined,
      }),
  }),
  archiveConsultationTable: t.field({
    type: ConsultationTable,
    errors: mutationErrors,
    description: 'Archives a table: it leaves lists but keeps its members on record.',
    args: { id: t.arg.globalID({ required: true, for: ConsultationTable }) },
    authScopes: (_root, { id }) => ({ tableEditor: id.id }),
    resolve: (_root, { id }, { db }) => archiveTable(db, id.id),
  }),
  addTableMember: t.field({
    type: ConsultationTable,
    errors: mutationErrors,
    description: 'Gives an organisation or a professional a seat at the table.',
    args: { input: t.arg({ type: AddTableMemberInput, required: true }) },
    authScopes: (_root, { input }) => ({ tableEditor: input.tableId.id }),
    resolve: (_root, { input }, { db }) =>
      addMember(db, input.tableId.id, member(input.memberId), input.since),
  }),
  removeTableMember: t.field({
    type: ConsultationTable,
    errors: mutationErrors,
    description: 'Ends a seat today; the membership stays on record.',
    args: { input: t.arg({ type: RemoveTableMemberInput, required: true }) },
    authScopes: (_root, { input }) => ({ tableEditor: input.tableId.id }),
    resolve: (_root, { input }, { db }) =>
      removeMember(db, input.tableId.id, member(input.memberId)),
  }),
}));
