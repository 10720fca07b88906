import type { TieKind } from '../network/kinds.js';
import type { RecordStatus } from '../network/types.js';
import type { NodeType } from './node-states.js';

export interface TieEndRef {
  type: NodeType;
  id: string;
}

export interface TieShape {
  id: string;
  kind: TieKind;
  strength: number;
  status: RecordStatus;
  /** A professional's name, or a source text such as 'Rizoom demo data'. */
  assertedBy: string | null;
  assertedByProfessionalId: string | null;
  assertedAt: string | null;
  source: string | null;
  lastConfirmedAt: string | null;
  /** The id of the professional who confirmed it last, if one did. */
  confirmedBy: string | null;
  from: TieEndRef;
  to: TieEndRef;
  /** The id of the end it was reached from (e.g. through Organisation.ties), if any. */
  perspective?: string;
}

export interface TieFilter {
  kinds?: readonly TieKind[] | null | undefined;
  organisationId?: string | null | undefined;
  professionalId?: string | null | undefined;
  staleOnly?: boolean | null | undefined;
  includeArchived?: boolean | null | undefined;
}
