import type { OrganisationKind } from '../../network/kinds.js';
import type { Need } from '../../vocabulary/needs.js';

/** How urgent a gap is; every rule of the template carries one (see seeds/template.ts). */
export const gapSeverities = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type GapSeverity = (typeof gapSeverities)[number];

/**
 * Which pairs a rule expects: organisations serving a common municipality, or a school and the
 * samenwerkingsverband it is a member of (MEMBER_OF_SWV).
 */
export const ruleScopes = ['MUNICIPALITY', 'MEMBERSHIP'] as const;
export type RuleScope = (typeof ruleScopes)[number];

/** Where a rule's current content comes from: the shipped default, or an administrator's edit. */
export const ruleOrigins = ['DEFAULT', 'EDITED', 'ADDED'] as const;
export type RuleOrigin = (typeof ruleOrigins)[number];

/**
 * One rule of the expected-collaboration template: every organisation of a `from` kind should
 * be tied (by a tie of any kind) to every organisation of a `to` kind in its scope.
 */
export interface CollaborationRuleShape {
  code: string;
  fromKinds: OrganisationKind[];
  toKinds: OrganisationKind[];
  scope: RuleScope;
  /** The `to` organisation must offer this need (e.g. GGZ providers offering GGZ_JEUGD). */
  toOffers: Need | null;
  severity: GapSeverity;
  description: string;
  enabled: boolean;
  origin: RuleOrigin;
  /** When an administrator last changed it; null for an untouched default. */
  editedAt: string | null;
}

/** What a rule says, without its bookkeeping: the shape of defaults and of new rules. */
export type RuleContent = Omit<CollaborationRuleShape, 'enabled' | 'origin' | 'editedAt'>;
