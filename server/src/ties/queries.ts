import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { ValidationFailedError } from '../errors.js';
import { TieKindEnum } from '../network/organisation.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { tiesPage } from './store.js';
import { Tie } from './tie.js';

const TieFilter = builder.inputType('TieFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [TieKindEnum] }),
    organisationId: t.globalID({ for: Organisation, description: 'Ties of this organisation.' }),
    professionalId: t.globalID({ for: Professional, description: 'Ties of this professional.' }),
    staleOnly: t.boolean({
      defaultValue: false,
      description: 'Only ties not confirmed for 12 months (or never).',
    }),
    includeArchived: t.boolean({
      defaultValue: false,
      description: 'Also archived ties, and ties to archived organisations or professionals.',
    }),
  }),
});

builder.queryFields((t) => ({
  tie: t.field({
    type: Tie,
    nullable: true,
    description: 'One tie by global id.',
    args: { id: t.arg.globalID({ required: true, for: Tie }) },
    resolve: (_root, { id }) => id.id,
  }),
  ties: t.connection({
    type: Tie,
    description: 'Ties, filtered; never or longest unconfirmed first.',
    args: { filter: t.arg({ type: TieFilter }) },
    resolve: async (_root, args, { db }) => {
      const filter = args.filter ?? {};
      if (filter.organisationId && filter.professionalId) {
        throw new ValidationFailedError([
          { field: 'filter.professionalId', message: 'give organisationId or professionalId' },
        ]);
      }
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const result = await tiesPage(
          db,
          {
            ...filter,
            organisationId: filter.organisationId?.id ?? null,
            professionalId: filter.professionalId?.id ?? null,
          },
          page,
        );
        totalCount = result.totalCount;
        return result.ties;
      });
      return { ...connection, totalCount };
    },
  }),
}));
