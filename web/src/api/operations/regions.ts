import { typedDocument } from '../typedDocument';

export interface RegionSummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface RegionsData {
  readonly regions: readonly RegionSummary[];
}

export const REGIONS_QUERY = typedDocument<RegionsData>(/* GraphQL */ `
  query Regions {
    regions(kind: RMC) {
      id
      code
      name
    }
  }
`);
