/**
 * Who is asking. Until sign-in exists (issue 5) every request is anonymous; the scopes in
 * `schema/builder.ts` already read from here so that the rules can tighten without rewiring.
 */
export interface Viewer {
  professionalId: string;
  organisationId: string;
  role: 'ADMIN' | 'REGIONAL_COORDINATOR' | 'PROFESSIONAL';
  regionCodes: readonly string[];
}
