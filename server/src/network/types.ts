import type { MunicipalityShape } from '../geography/types.js';
import type { Need } from '../vocabulary/needs.js';
import type { OrganisationKind, TieKind } from './kinds.js';

export type RecordStatus = 'ACTIVE' | 'ARCHIVED';

export interface OrganisationShape {
  id: string;
  name: string;
  kind: OrganisationKind;
  brin: string | null;
  kvk: string | null;
  swvCode: string | null;
  source: string | null;
  status: RecordStatus;
  createdAt: string | null;
  updatedAt: string | null;
  offers: Need[];
}

/** What a list of organisations on a map needs: enough to draw and name them. */
export type OrganisationSummary = Pick<OrganisationShape, 'id' | 'name' | 'kind'>;

export interface OrganisationFilter {
  municipalityCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  kinds?: readonly OrganisationKind[] | null | undefined;
  needs?: readonly string[] | null | undefined;
  search?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}

export interface OrganisationOrder {
  field: 'NAME' | 'KIND' | 'CREATED_AT';
  direction: 'ASC' | 'DESC';
}

export interface NetworkGraphShape {
  nodes: (OrganisationSummary & { degree: number })[];
  edges: { id: string; source: string; target: string; kind: TieKind }[];
}

export type { MunicipalityShape };
