import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { NeedEnum, RoleEnum, SortDirectionEnum } from '../vocabulary/schema.js';
import { professionalsPage } from './store.js';

const ProfessionalFilter = builder.inputType('ProfessionalFilter', {
  fields: (t) => ({
    roles: t.field({ type: [RoleEnum], description: 'Has one of these roles.' }),
    organisationId: t.globalID({ for: Organisation, description: 'Works there now.' }),
    municipalityCode: t.string({
      description: 'CBS code of a municipality their current organisation serves.',
    }),
    regionCode: t.string({
      description: 'Code of a region whose municipalities their current organisation serves.',
    }),
    expertise: t.field({ type: [NeedEnum], description: 'Knows about one of these.' }),
    search: t.string({
      description: 'Words in the name (full-text, prefix match); best matches first.',
      validate: z.string().max(200, 'at most 200 characters'),
    }),
    includeArchived: t.boolean({ defaultValue: false }),
  }),
});

const ProfessionalOrderField = builder.enumType('ProfessionalOrderField', {
  values: ['NAME', 'ROLE'] as const,
});

const ProfessionalOrder = builder.inputType('ProfessionalOrder', {
  fields: (t) => ({
    field: t.field({ type: ProfessionalOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', required: true }),
  }),
});

builder.queryFields((t) => ({
  professional: t.field({
    type: Professional,
    nullable: true,
    description: 'One professional by global id.',
    args: { id: t.arg.globalID({ required: true, for: Professional }) },
    resolve: (_root, { id }) => id.id,
  }),
  professionals: t.connection({
    type: Professional,
    description: 'Professionals, filtered and sorted (by name unless a search ranks them).',
    args: {
      filter: t.arg({ type: ProfessionalFilter }),
      orderBy: t.arg({ type: ProfessionalOrder }),
    },
    resolve: async (_root, args, { db }) => {
      const filter = args.filter ?? {};
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const result = await professionalsPage(
          db,
          { ...filter, organisationId: filter.organisationId?.id ?? null },
          args.orderBy ?? { field: 'NAME', direction: 'ASC' },
          page,
        );
        totalCount = result.totalCount;
        return result.professionals;
      });
      return { ...connection, totalCount };
    },
  }),
}));
