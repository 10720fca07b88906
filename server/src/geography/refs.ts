import { builder } from '../schema/builder.js';
import { municipalitiesByCode, regionsByCode } from './store.js';
import type { MunicipalityShape, RegionShape } from './types.js';

// Regions and municipalities point at each other: refs first, fields in their own files.

export const Region = builder.loadableNodeRef('Region', {
  id: { resolve: (region: RegionShape) => region.code },
  load: (codes: string[], { db }) => regionsByCode(db, codes),
});

export const Municipality = builder.loadableNodeRef('Municipality', {
  id: { resolve: (municipality: MunicipalityShape) => municipality.code },
  load: (codes: string[], { db }) => municipalitiesByCode(db, codes),
});
