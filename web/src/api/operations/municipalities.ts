import { typedDocument } from '../typedDocument';

export interface MunicipalitySummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface MunicipalitiesData {
  readonly region: {
    readonly code: string;
    readonly municipalities: readonly MunicipalitySummary[];
  } | null;
}

/** The municipalities of one region, for the picker next to the region. */
export const MUNICIPALITIES_QUERY = typedDocument<MunicipalitiesData, { code: string }>(
  /* GraphQL */ `
    query RegionMunicipalities($code: String!) {
      region(code: $code) {
        code
        municipalities { id code name }
      }
    }
  `,
);
