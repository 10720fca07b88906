import type { OrganisationKind, ProfessionalRole } from '../schema';
import { typedDocument } from '../typedDocument';

export interface SearchData {
  readonly organisations: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly kind: OrganisationKind;
      };
    }[];
  };
  readonly professionals: {
    readonly edges: readonly {
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly role: ProfessionalRole;
        readonly organisation: { readonly name: string } | null;
      };
    }[];
  };
}

/** Full-text suggestions (prefix match, best first) for the search box. */
export const SEARCH_QUERY = typedDocument<SearchData, { search: string; first: number }>(
  /* GraphQL */ `
    query Search($search: String!, $first: Int!) {
      organisations(filter: { search: $search }, first: $first) {
        edges { node { id name kind } }
      }
      professionals(filter: { search: $search }, first: $first) {
        edges { node { id name role organisation { name } } }
      }
    }
  `,
);
