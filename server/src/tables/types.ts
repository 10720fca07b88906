import type { RecordStatus } from '../network/types.js';
import type { NodeType } from '../ties/node-states.js';
import type { TableKind } from '../vocabulary/cases.js';

export interface TableShape {
  id: string;
  name: string;
  kind: TableKind;
  status: RecordStatus;
  source: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

/** A current seat at a table: an organisation or a professional, since a date. */
export interface MemberShape {
  type: NodeType;
  id: string;
  since: string | null;
}

export interface TableFilter {
  kinds?: readonly TableKind[] | null | undefined;
  municipalityCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}
