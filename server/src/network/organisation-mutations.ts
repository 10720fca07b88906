import { z } from 'zod';
import { builder } from '../schema/builder.js';
import { mutationErrors } from '../schema/errors.js';
import * as rules from '../schema/validation.js';
import { NeedEnum } from '../vocabulary/schema.js';
import { OrganisationKindEnum } from './organisation.js';
import {
  archiveOrganisation,
  createOrganisation,
  updateOrganisation,
} from './organisation-writes.js';
import { Organisation } from './refs.js';

// One schema for the whole input, so that every bad field is reported at once.
const organisationRules = z
  .object({
    name: rules.name,
    brin: rules.brin,
    kvk: rules.kvk,
    swvCode: rules.swvCode,
    municipalityCodes: rules.municipalityCodes,
  })
  .passthrough();

const CreateOrganisationInput = builder.inputType('CreateOrganisationInput', {
  validate: organisationRules,
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: OrganisationKindEnum, required: true }),
    brin: t.string(),
    kvk: t.string(),
    swvCode: t.string(),
    municipalityCodes: t.stringList({
      required: true,
      description: 'CBS codes of the municipalities it serves; at least one.',
    }),
    offers: t.field({ type: [NeedEnum] }),
    samenwerkingsverbandId: t.globalID({ for: Organisation }),
  }),
});

const UpdateOrganisationInput = builder.inputType('UpdateOrganisationInput', {
  description: 'Only the fields given change; a list given replaces the old one.',
  validate: organisationRules.partial(),
  fields: (t) => ({
    name: t.string(),
    brin: t.string(),
    kvk: t.string(),
    swvCode: t.string(),
    municipalityCodes: t.stringList(),
    offers: t.field({ type: [NeedEnum] }),
    samenwerkingsverbandId: t.globalID({ for: Organisation }),
  }),
});

builder.mutationFields((t) => ({
  createOrganisation: t.field({
    type: Organisation,
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateOrganisationInput, required: true }) },
    // Administrators anywhere; a regional coordinator within their regions.
    authScopes: (_root, { input }) => ({ regionEditor: input.municipalityCodes }),
    resolve: (_root, { input }, { db }) =>
      createOrganisation(
        db,
        { ...input, samenwerkingsverbandId: input.samenwerkingsverbandId?.id ?? null },
        'api',
      ),
  }),
  updateOrganisation: t.field({
    type: Organisation,
    errors: mutationErrors,
    args: {
      id: t.arg.globalID({ required: true, for: Organisation }),
      input: t.arg({ type: UpdateOrganisationInput, required: true }),
    },
    authScopes: (_root, { id }) => ({ organisationEditor: id.id }),
    resolve: (_root, { id, input }, { db }) =>
      updateOrganisation(db, id.id, {
        name: input.name ?? undefined,
        brin: input.brin,
        kvk: input.kvk,
        swvCode: input.swvCode,
        municipalityCodes: input.municipalityCodes ?? undefined,
        offers: input.offers ?? undefined,
        samenwerkingsverbandId:
          input.samenwerkingsverbandId === undefined
            ? undefined
            : (input.samenwerkingsverbandId?.id ?? null),
      }),
  }),
  archiveOrganisation: t.field({
    type: Organisation,
    errors: mutationErrors,
    description: 'Archives an organisation: it leaves lists and maps but keeps its history.',
    args: { id: t.arg.globalID({ required: true, for: Organisation }) },
    authScopes: (_root, { id }) => ({ organisationEditor: id.id }),
    resolve: (_root, { id }, { db }) => archiveOrganisation(db, id.id),
  }),
}));
