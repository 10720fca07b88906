import type { NodeType, OrganisationKind, Relation, TieKind } from '../schema';
import { typedDocument } from '../typedDocument';

export interface NeighbourhoodNode {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  /** An organisation's kind, a professional's role, a table's kind. */
  readonly kind: string | null;
  readonly distance: number;
}

export interface NeighbourhoodEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly relation: Relation;
  readonly tieKind: TieKind | null;
}

export interface Neighbourhood {
  readonly center: { readonly id: string; readonly label: string; readonly type: NodeType };
  readonly nodes: readonly NeighbourhoodNode[];
  readonly edges: readonly NeighbourhoodEdge[];
  readonly truncated: boolean;
}

export interface NeighbourhoodVariables {
  readonly id: string;
  readonly depth: number;
  readonly limit: number;
  readonly filter: {
    readonly relations?: readonly Relation[];
    readonly tieKinds?: readonly TieKind[];
    readonly organisationKinds?: readonly OrganisationKind[];
    readonly includeProfessionals?: boolean;
  };
}

export const NEIGHBOURHOOD_QUERY = typedDocument<
  { readonly neighbourhood: Neighbourhood | null },
  NeighbourhoodVariables
>(/* GraphQL */ `
  query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!, $filter: NeighbourhoodFilter) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, filter: $filter) {
      center { id label type }
      nodes { id type label kind distance }
      edges { id source target relation tieKind }
      truncated
    }
  }
`);
