import { builder } from '../schema/builder.js';
import { regionKinds } from './kinds.js';
import { Municipality } from './municipality.js';
import { municipalitiesOfRegions, regionsByCode, regionsOfKind } from './store.js';
import type { RegionShape } from './types.js';

export const RegionKindEnum = builder.enumType('RegionKind', {
  description: 'RMC region, GGD region, jeugdregio, arbeidsmarktregio or veiligheidsregio.',
  values: regionKinds,
});

export const Region = builder.loadableNode('Region', {
  description: 'A region of municipalities that work together (CBS region layers, 2025).',
  id: { resolve: (region: RegionShape) => region.code },
  load: (codes: string[], { db }) => regionsByCode(db, codes),
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: RegionKindEnum }),
    municipalityCount: t.exposeInt('municipalityCount'),
    municipalities: t.loadableList({
      type: Municipality,
      load: (codes: string[], { db }) => municipalitiesOfRegions(db, codes),
      resolve: (region) => region.code,
    }),
  }),
});

builder.queryFields((t) => ({
  regions: t.field({
    type: [Region],
    description: 'All regions of one kind, by name.',
    args: { kind: t.arg({ type: RegionKindEnum, defaultValue: 'RMC', required: true }) },
    resolve: (_root, { kind }, { db }) => regionsOfKind(db, kind),
  }),
  region: t.field({
    type: Region,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, { code }) => code,
  }),
}));
