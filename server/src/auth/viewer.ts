/** The roles of Rizoom's users (issue 5). */
export const accountRoles = ['ADMIN', 'REGIONAL_COORDINATOR', 'PROFESSIONAL'] as const;
export type AccountRole = (typeof accountRoles)[number];

/**
 * Who is asking: a signed-in account, its role, the professional it is (if any), their
 * current organisation and, for a regional coordinator, their regions. Null when anonymous.
 */
export interface Viewer {
  accountId: string;
  email: string;
  role: AccountRole;
  professionalId: string | null;
  organisationId: string | null;
  regionCodes: readonly string[];
}
