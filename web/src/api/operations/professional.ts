import type { OrganisationKind, ProfessionalRole } from '../schema';
import { typedDocument } from '../typedDocument';
import { TIE_FIELDS, type TieDetails } from './tieFields';

export interface ProfessionalDetails {
  readonly id: string;
  readonly name: string;
  readonly role: ProfessionalRole;
  readonly email: string | null;
  readonly phone: string | null;
  readonly expertise: readonly string[];
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly kind: OrganisationKind;
  } | null;
  readonly ties: readonly TieDetails[];
}

export interface ProfessionalData {
  readonly professional: ProfessionalDetails | null;
}

export const PROFESSIONAL_QUERY = typedDocument<ProfessionalData, { id: string }>(/* GraphQL */ `
  query ProfessionalDetails($id: ID!) {
    professional(id: $id) {
      id
      name
      role
      email
      phone
      expertise
      organisation { id name kind }
      ties { ...TieFields }
    }
  }
  ${TIE_FIELDS}
`);
