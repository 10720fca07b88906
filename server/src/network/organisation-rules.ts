import type { FieldIssue } from '../errors.js';
import type { OrganisationKind } from './kinds.js';

const schoolKinds: readonly OrganisationKind[] = [
  'SCHOOL_PO',
  'SCHOOL_SO',
  'SCHOOL_VSO',
  'SCHOOL_VO',
  'SCHOOL_PRAKTIJKONDERWIJS',
  'SCHOOL_MBO',
];
const swvKinds: readonly OrganisationKind[] = ['SWV_PO', 'SWV_VO'];

export const isSchool = (kind: OrganisationKind) => schoolKinds.includes(kind);
export const isSwv = (kind: OrganisationKind) => swvKinds.includes(kind);

export interface IdentifierFields {
  brin?: string | null | undefined;
  swvCode?: string | null | undefined;
  samenwerkingsverbandId?: string | null | undefined;
}

/**
 * Which identifiers fit which kind: a BRIN and a samenwerkingsverband belong to schools, an SWV
 * code to a samenwerkingsverband. Returns the problems, naming the field; none means fine.
 */
export function identifierIssues(kind: OrganisationKind, input: IdentifierFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.brin && !isSchool(kind)) {
    issues.push({ field: 'brin', message: 'only schools have a BRIN code' });
  }
  if (input.samenwerkingsverbandId && !isSchool(kind)) {
    issues.push({
      field: 'samenwerkingsverbandId',
      message: 'only schools belong to a samenwerkingsverband',
    });
  }
  if (input.swvCode && !isSwv(kind)) {
    issues.push({ field: 'swvCode', message: 'only a samenwerkingsverband has an SWV code' });
  }
  return issues;
}
