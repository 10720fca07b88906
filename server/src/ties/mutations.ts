import { ValidationFailedError } from '../errors.js';
import { TieKindEnum } from '../network/organisation.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { mutationErrors } from '../schema/errors.js';
import * as rules from '../schema/validation.js';
import type { NodeType } from './node-states.js';
import { tieEndIssues } from './rules.js';
import { Tie } from './tie.js';
import { archiveTie, confirmTie, createTie, updateTie } from './writes.js';

const CreateTieInput = builder.inputType('CreateTieInput', {
  description: 'A tie between two organisations or two professionals.',
  fields: (t) => ({
    fromId: t.globalID({ for: [Organisation, Professional], required: true }),
    toId: t.globalID({ for: [Organisation, Professional], required: true }),
    kind: t.field({ type: TieKindEnum, required: true }),
    strength: t.int({ defaultValue: 2, required: true, validate: rules.strength }),
    assertedBy: t.globalID({ for: Professional, description: 'The professional who asserts it.' }),
    source: t.string({
      validate: rules.optionalText,
      description: "Where it comes from, e.g. 'import: partners.csv'.",
    }),
  }),
});

const UpdateTieInput = builder.inputType('UpdateTieInput', {
  description: 'Only the fields given change.',
  fields: (t) => ({
    kind: t.field({ type: TieKindEnum }),
    strength: t.int({ validate: rules.strength }),
  }),
});

builder.mutationFields((t) => ({
  createTie: t.field({
    type: Tie,
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateTieInput, required: true }) },
    // Either end must be one's own (organisation, colleague, oneself) or in one's regions.
    authScopes: (_root, { input }) => ({
      tieEndsEditor: [
        { type: input.fromId.typename, id: input.fromId.id },
        { type: input.toId.typename, id: input.toId.id },
      ],
    }),
    resolve: async (_root, { input }, { db }) => {
      const issues = tieEndIssues(input.fromId, input.toId);
      if (issues.length > 0) throw new ValidationFailedError(issues);
      return createTie(db, {
        type: input.fromId.typename as NodeType,
        fromId: input.fromId.id,
        toId: input.toId.id,
        kind: input.kind,
        strength: input.strength,
        assertedBy: input.assertedBy?.id ?? null,
        source: input.source,
      });
    },
  }),
  updateTie: t.field({
    type: Tie,
    errors: mutationErrors,
    args: {
      id: t.arg.globalID({ required: true, for: Tie }),
      input: t.arg({ type: UpdateTieInput, required: true }),
    },
    authScopes: (_root, { id }) => ({ tieEditor: id.id }),
    resolve: (_root, { id, input }, { db }) =>
      updateTie(db, id.id, {
        kind: input.kind ?? undefined,
        strength: input.strength ?? undefined,
      }),
  }),
  archiveTie: t.field({
    type: Tie,
    errors: mutationErrors,
    description: 'Archives a tie: it leaves the network but keeps its history.',
    args: { id: t.arg.globalID({ required: true, for: Tie }) },
    authScopes: (_root, { id }) => ({ tieEditor: id.id }),
    resolve: (_root, { id }, { db }) => archiveTie(db, id.id),
  }),
  confirmTie: t.field({
    type: Tie,
    errors: mutationErrors,
    description: 'Records that the tie still holds today.',
    args: {
      id: t.arg.globalID({ required: true, for: Tie }),
      confirmedBy: t.arg.globalID({ for: Professional, description: 'Who confirms it.' }),
    },
    authScopes: (_root, { id }) => ({ tieEditor: id.id }),
    resolve: (_root, { id, confirmedBy }, { db }) => confirmTie(db, id.id, confirmedBy?.id ?? null),
  }),
}));
