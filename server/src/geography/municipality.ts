import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../schema/builder.js';
import { Municipality, Region } from './refs.js';
import { municipalitiesPage, regionsOfMunicipalities } from './store.js';

export { Municipality };

Municipality.implement({
  description: 'A Dutch municipality (gemeente) with its CBS code. Bron: CBS.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'CBS code, e.g. GM0344.' }),
    name: t.exposeString('name'),
    province: t.exposeString('province'),
    population: t.exposeInt('population', { description: 'Inhabitants on 1 January 2024.' }),
    regions: t.loadableList({
      type: Region,
      description: 'The regions it belongs to, one of each kind.',
      load: (codes: string[], { db }) => regionsOfMunicipalities(db, codes),
      resolve: (municipality) => municipality.code,
    }),
  }),
});

const MunicipalityFilter = builder.inputType('MunicipalityFilter', {
  fields: (t) => ({
    regionCode: t.string(),
    province: t.string({ description: 'Province name or CBS code (e.g. PV26).' }),
    search: t.string({ validate: z.string().max(100) }),
  }),
});

builder.queryFields((t) => ({
  municipality: t.field({
    type: Municipality,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, { code }) => code,
  }),
  municipalities: t.connection({
    type: Municipality,
    description: 'Municipalities by name, a page at a time.',
    args: { filter: t.arg({ type: MunicipalityFilter }) },
    resolve: async (_root, args, { db }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const result = await municipalitiesPage(db, args.filter ?? {}, page);
        totalCount = result.totalCount;
        return result.municipalities;
      });
      return { ...connection, totalCount };
    },
  }),
}));
