import type { RecordStatus } from '../network/types.js';
import type { Need } from '../vocabulary/needs.js';
import type { Role } from '../vocabulary/roles.js';

export interface ProfessionalShape {
  id: string;
  name: string;
  role: Role;
  email: string | null;
  phone: string | null;
  status: RecordStatus;
  source: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** The organisation of the current job, if any. */
  organisationId: string | null;
}

/** A professional as stored: the role may still be a Dutch label in data from before codes. */
export type StoredProfessional = Omit<ProfessionalShape, 'role'> & { role: string | null };

/** One job: at an organisation from a date (unknown in older data) to a date (null: current). */
export interface EmploymentShape {
  organisationId: string;
  from: string | null;
  to: string | null;
}

export interface ProfessionalFilter {
  roles?: readonly Role[] | null | undefined;
  organisationId?: string | null | undefined;
  municipalityCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  expertise?: readonly Need[] | null | undefined;
  search?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}

export interface ProfessionalOrder {
  field: 'NAME' | 'ROLE';
  direction: 'ASC' | 'DESC';
}
