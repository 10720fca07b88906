import { z } from 'zod';
import type { FieldIssue } from '../../errors.js';
import { type OrganisationKind, organisationKinds } from '../../network/kinds.js';
import type { RuleScope } from './types.js';

// Input rules of the template's mutations. Field-level rules go through the validation plugin;
// the scope rule needs the merged rule (an update may change one side only), so it is a function.

/** Rule codes read like the generator's: upper-case words joined by hyphens, e.g. LEERPLICHT-HALT. */
export const ruleCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]*(-[A-Z0-9_]+)*$/, 'must look like LEERPLICHT-HALT')
  .max(60, 'at most 60 characters');

export const kindList = z
  .array(z.enum(organisationKinds))
  .min(1, 'at least one kind')
  .max(26, 'at most 26 kinds')
  .refine((kinds) => new Set(kinds).size === kinds.length, 'must not repeat a kind');

export const ruleDescription = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(300, 'at most 300 characters');

/** The kinds that can be members of a samenwerkingsverband (passend onderwijs). */
export const memberKinds: readonly OrganisationKind[] = [
  'SCHOOL_PO',
  'SCHOOL_SO',
  'SCHOOL_VSO',
  'SCHOOL_VO',
  'SCHOOL_PRAKTIJKONDERWIJS',
];
export const swvKinds: readonly OrganisationKind[] = ['SWV_PO', 'SWV_VO'];

/** A MEMBERSHIP rule only makes sense from schools to samenwerkingsverbanden. */
export function scopeIssues(
  scope: RuleScope,
  fromKinds: readonly OrganisationKind[],
  toKinds: readonly OrganisationKind[],
  prefix = 'input',
): FieldIssue[] {
  if (scope !== 'MEMBERSHIP') return [];
  const issues: FieldIssue[] = [];
  if (!fromKinds.every((kind) => memberKinds.includes(kind))) {
    issues.push({ field: `${prefix}.fromKinds`, message: 'a membership rule starts at schools' });
  }
  if (!toKinds.every((kind) => swvKinds.includes(kind))) {
    issues.push({
      field: `${prefix}.toKinds`,
      message: 'a membership rule ends at samenwerkingsverbanden',
    });
  }
  return issues;
}
