import type { MunicipalityShape } from '../geography/types.js';
import type { OrganisationKind, TieKind } from './kinds.js';

export interface OrganisationShape {
  id: string;
  name: string;
  kind: OrganisationKind;
}

export interface ProfessionalShape {
  id: string;
  name: string;
  role: string;
  email: string | null;
  organisationId: string | null;
}

export interface TieShape {
  kind: TieKind;
  organisation: OrganisationShape;
}

export interface OrganisationFilter {
  municipalityCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  kinds?: readonly OrganisationKind[] | null | undefined;
}

export interface NetworkGraphShape {
  nodes: (OrganisationShape & { degree: number })[];
  edges: { id: string; source: string; target: string; kind: TieKind }[];
}

export type { MunicipalityShape };
