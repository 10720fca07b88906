import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { mutationErrors } from '../schema/errors.js';
import * as rules from '../schema/validation.js';
import { NeedEnum, RoleEnum } from '../vocabulary/schema.js';
import {
  archiveProfessional,
  createProfessional,
  moveProfessional,
  updateProfessional,
} from './writes.js';

const CreateProfessionalInput = builder.inputType('CreateProfessionalInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: rules.name }),
    role: t.field({ type: RoleEnum, required: true }),
    email: t.string({ validate: rules.email, description: 'Work address (synthetic in demos).' }),
    phone: t.string({ validate: rules.phone }),
    organisationId: t.globalID({
      for: Organisation,
      required: true,
      description: 'Where they work.',
    }),
    startDate: t.field({ type: 'Date', description: 'First day of the job; today if not given.' }),
    expertise: t.field({ type: [NeedEnum] }),
  }),
});

const UpdateProfessionalInput = builder.inputType('UpdateProfessionalInput', {
  description: 'Only the fields given change; null clears email or phone; a list replaces.',
  fields: (t) => ({
    name: t.string({ validate: rules.name }),
    role: t.field({ type: RoleEnum }),
    email: t.string({ validate: rules.email }),
    phone: t.string({ validate: rules.phone }),
    expertise: t.field({ type: [NeedEnum] }),
  }),
});

const MoveProfessionalInput = builder.inputType('MoveProfessionalInput', {
  fields: (t) => ({
    organisationId: t.globalID({ for: Organisation, required: true, description: 'The new job.' }),
    date: t.field({
      type: 'Date',
      description: 'The day the old job ends and the new one starts; today if not given.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createProfessional: t.field({
    type: Professional,
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateProfessionalInput, required: true }) },
    authScopes: (_root, { input }) => ({ organisationEditor: input.organisationId.id }),
    resolve: (_root, { input }, { db }) =>
      createProfessional(db, { ...input, organisationId: input.organisationId.id }, 'api'),
  }),
  updateProfessional: t.field({
    type: Professional,
    errors: mutationErrors,
    args: {
      id: t.arg.globalID({ required: true, for: Professional }),
      input: t.arg({ type: UpdateProfessionalInput, required: true }),
    },
    authScopes: (_root, { id }) => ({ professionalEditor: id.id }),
    resolve: (_root, { id, input }, { db }) =>
      updateProfessional(db, id.id, {
        name: input.name ?? undefined,
        role: input.role ?? undefined,
        email: input.email,
        phone: input.phone,
        expertise: input.expertise ?? undefined,
      }),
  }),
  archiveProfessional: t.field({
    type: Professional,
    errors: mutationErrors,
    description: 'Archives a professional: they leave lists and staff but keep their history.',
    args: { id: t.arg.globalID({ required: true, for: Professional }) },
    authScopes: (_root, { id }) => ({ professionalEditor: id.id }),
    resolve: (_root, { id }, { db }) => archiveProfessional(db, id.id),
  }),
  moveProfessional: t.field({
    type: Professional,
    errors: mutationErrors,
    description: 'Ends the current job and starts one at another organisation, in one step.',
    args: {
      id: t.arg.globalID({ required: true, for: Professional }),
      input: t.arg({ type: MoveProfessionalInput, required: true }),
    },
    authScopes: (_root, { id }) => ({ professionalEditor: id.id }),
    resolve: (_root, { id, input }, { db }) =>
      moveProfessional(db, id.id, {
        organisationId: input.organisationId.id,
        date: input.date,
      }),
  }),
}));
