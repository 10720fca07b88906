import type { OrganisationKind } from '../schema';
import { typedDocument } from '../typedDocument';
import { TIE_FIELDS, type TieDetails } from './tieFields';

export interface ProfessionalSummary {
  readonly id: string;
  readonly name: string;
  /** The role in Dutch, e.g. leerplichtambtenaar. */
  readonly roleLabel: string;
  readonly email: string | null;
}

export interface OrganisationDetails {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly municipalities: readonly { readonly id: string; readonly name: string }[];
  readonly professionals: readonly ProfessionalSummary[];
  readonly ties: readonly TieDetails[];
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
      ties { ...TieFields }
    }
  }
  ${TIE_FIELDS}
`);
