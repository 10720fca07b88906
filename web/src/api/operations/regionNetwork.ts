import type { OrganisationKind, TieKind } from '../schema';
import { typedDocument } from '../typedDocument';

export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  readonly kind: OrganisationKind;
  readonly degree: number;
}

export interface NetworkEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: TieKind;
}

export interface NetworkGraph {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

export interface RegionNetworkData {
  readonly region: {
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly network: NetworkGraph;
  } | null;
}

export const REGION_NETWORK_QUERY = typedDocument<RegionNetworkData, { code: string }>(
  /* GraphQL */ `
    query RegionNetwork($code: String!) {
      region(code: $code) {
        id
        code
        name
        network {
          nodes { id label kind degree }
          edges { id source target kind }
        }
      }
    }
  `,
);
