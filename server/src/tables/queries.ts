import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../schema/builder.js';
import { TableKindEnum } from '../vocabulary/schema.js';
import { tablesPage } from './store.js';
import { ConsultationTable } from './table.js';

const ConsultationTableFilter = builder.inputType('ConsultationTableFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [TableKindEnum] }),
    municipalityCode: t.string({ description: 'CBS code of a municipality it works for.' }),
    regionCode: t.string({ description: 'Code of a region it works for (any municipality).' }),
    includeArchived: t.boolean({ defaultValue: false }),
  }),
});

builder.queryFields((t) => ({
  consultationTable: t.field({
    type: ConsultationTable,
    nullable: true,
    description: 'One consultation table by global id.',
    args: { id: t.arg.globalID({ required: true, for: ConsultationTable }) },
    resolve: (_root, { id }) => id.id,
  }),
  consultationTables: t.connection({
    type: ConsultationTable,
    description: 'Consultation tables by name, filtered.',
    args: { filter: t.arg({ type: ConsultationTableFilter }) },
    resolve: async (_root, args, { db }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const result = await tablesPage(db, args.filter ?? {}, page);
        totalCount = result.totalCount;
        return result.tables;
      });
      return { ...connection, totalCount };
    },
  }),
}));
