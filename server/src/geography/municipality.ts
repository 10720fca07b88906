import { builder } from '../schema/builder.js';
import { municipalitiesByCode } from './store.js';
import type { MunicipalityShape } from './types.js';

export const Municipality = builder.loadableNode('Municipality', {
  description: 'A Dutch municipality (gemeente) with its CBS code. Bron: CBS.',
  id: { resolve: (municipality: MunicipalityShape) => municipality.code },
  load: (codes: string[], { db }) => municipalitiesByCode(db, codes),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'CBS code, e.g. GM0344.' }),
    name: t.exposeString('name'),
    province: t.exposeString('province'),
    population: t.exposeInt('population', { description: 'Inhabitants on 1 January 2024.' }),
  }),
});
