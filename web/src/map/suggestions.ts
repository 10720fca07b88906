import type { SearchData } from '../api/operations/search';
import type { OrganisationKind, ProfessionalRole } from '../api/schema';

export type Suggestion =
  | {
      readonly type: 'Organisation';
      readonly id: string;
      readonly name: string;
      readonly kind: OrganisationKind;
    }
  | {
      readonly type: 'Professional';
      readonly id: string;
      readonly name: string;
      readonly role: ProfessionalRole;
      readonly organisation: string | null;
    };

/** Organisations first (what people look for most), then professionals; each best match first. */
export function suggestionsOf(data: SearchData): Suggestion[] {
  return [
    ...data.organisations.edges.map(({ node }) => ({
      type: 'Organisation' as const,
      id: node.id,
      name: node.name,
      kind: node.kind,
    })),
    ...data.professionals.edges.map(({ node }) => ({
      type: 'Professional' as const,
      id: node.id,
      name: node.name,
      role: node.role,
      organisation: node.organisation?.name ?? null,
    })),
  ];
}
