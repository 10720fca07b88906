import { type Role, roles } from '../vocabulary/roles.js';

const codeByLabel = new Map<string, Role>(
  Object.entries(roles).map(([code, label]) => [label.toLowerCase(), code as Role]),
);

/**
 * The role code of a stored value. Roles are stored as codes (LEERPLICHTAMBTENAAR); data from
 * before that, or an import, may hold the Dutch label ("leerplichtambtenaar") instead. Anything
 * unknown reads as OTHER rather than failing the whole response.
 */
export function toRole(stored: string | null | undefined): Role {
  if (!stored) return 'OTHER';
  if (Object.hasOwn(roles, stored)) return stored as Role;
  return codeByLabel.get(stored.trim().toLowerCase()) ?? 'OTHER';
}

export const roleLabel = (role: Role): string => roles[role];
