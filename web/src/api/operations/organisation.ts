import type { OrganisationKind, TieKind } from '../schema';
import { typedDocument } from '../typedDocument';

export interface ProfessionalSummary {
  readonly id: string;
  readonly name: string;
  /** The role in Dutch, e.g. leerplichtambtenaar. */
  readonly roleLabel: string;
  readonly email: string | null;
}

export interface OrganisationTieSummary {
  readonly id: string;
  readonly kind: TieKind;
  /** The organisation at the other end of the tie. */
  readonly neighbour: {
    readonly id: string;
    readonly name: string;
    readonly kind: OrganisationKind;
  };
}

export interface OrganisationDetails {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly municipalities: readonly { readonly id: string; readonly name: string }[];
  readonly professionals: readonly ProfessionalSummary[];
  readonly ties: readonly OrganisationTieSummary[];
}

export interface OrganisationData {
  readonly organisation: OrganisationDetails | null;
}

export const ORGANISATION_QUERY = typedDocument<OrganisationData, { id: string }>(/* GraphQL */ `
  query OrganisationDetails($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      municipalities { id name }
      professionals { id name roleLabel email }
      ties {
        id
        kind
        neighbour { ... on Organisation { id name kind } }
      }
    }
  }
`);
