import { builder } from '../schema/builder.js';
import { regionKinds } from './kinds.js';
import { Municipality, Region } from './refs.js';
import { contactMunicipalities, municipalitiesOfRegions, regionsOfKind } from './store.js';

export { Region };

export const RegionKindEnum = builder.enumType('RegionKind', {
  description:
    'RMC region, samenwerkingsverband (PO/VO, synthetic), GGD region, jeugdregio, arbeidsmarktregio or veiligheidsregio.',
  values: regionKinds,
});

Region.implement({
  description: 'A region of municipalities that work together (CBS region layers, 2025).',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: RegionKindEnum }),
    municipalityCount: t.exposeInt('municipalityCount'),
    synthetic: t.boolean({
      description:
        'True for regions Rizoom made up for lack of open data (samenwerkingsverbanden).',
      resolve: (region) => region.source === 'synthetic',
    }),
    contactMunicipality: t.loadable({
      type: Municipality,
      nullable: true,
      description:
        "The region's contact municipality (for RMC regions: synthetic, the most populous).",
      load: (codes: string[], { db }) => contactMunicipalities(db, codes),
      resolve: (region) => region.code,
    }),
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
