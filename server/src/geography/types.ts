import type { RegionKind } from './kinds.js';

export interface MunicipalityShape {
  code: string;
  name: string;
  province: string;
  population: number;
}

export interface RegionShape {
  code: string;
  name: string;
  kind: RegionKind;
  /** 'CBS' or 'synthetic'. */
  source: string | null;
  municipalityCount: number;
}
