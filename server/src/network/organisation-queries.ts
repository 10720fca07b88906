import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../schema/builder.js';
import { NeedEnum, SortDirectionEnum } from '../vocabulary/schema.js';
import { OrganisationKindEnum } from './organisation.js';
import { organisationsPage } from './organisation-store.js';
import { Organisation } from './refs.js';

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  fields: (t) => ({
    municipalityCode: t.string({ description: 'CBS code of a municipality it serves.' }),
    regionCode: t.string({ description: 'Code of a region whose municipalities it serves.' }),
    kinds: t.field({ type: [OrganisationKindEnum] }),
    needs: t.field({ type: [NeedEnum], description: 'Offers all of these.' }),
    search: t.string({
      description: 'Words in the name (full-text, prefix match); best matches first.',
      validate: z.string().max(200, 'at most 200 characters'),
    }),
    includeArchived: t.boolean({ defaultValue: false }),
  }),
});

const OrganisationOrderField = builder.enumType('OrganisationOrderField', {
  values: ['NAME', 'KIND', 'CREATED_AT'] as const,
});

const OrganisationOrder = builder.inputType('OrganisationOrder', {
  fields: (t) => ({
    field: t.field({ type: OrganisationOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', required: true }),
  }),
});

builder.queryFields((t) => ({
  organisation: t.field({
    type: Organisation,
    nullable: true,
    description: 'One organisation by its global id.',
    args: { id: t.arg.globalID({ required: true, for: Organisation }) },
    resolve: (_root, { id }) => id.id,
  }),
  organisations: t.connection({
    type: Organisation,
    description: 'Organisations, filtered and sorted (by name unless a search ranks them).',
    args: {
      filter: t.arg({ type: OrganisationFilter }),
      orderBy: t.arg({ type: OrganisationOrder }),
    },
    resolve: async (_root, args, { db }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const result = await organisationsPage(
          db,
          args.filter ?? {},
          args.orderBy ?? { field: 'NAME', direction: 'ASC' },
          page,
        );
        totalCount = result.totalCount;
        return result.organisations;
      });
      return { ...connection, totalCount };
    },
  }),
}));
