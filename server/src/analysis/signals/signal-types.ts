import type { Need } from '../../vocabulary/needs.js';

export const signalKinds = [
  'TRANSFER_DROPOUT',
  'RISING_DEMAND',
  'LATE_CARE_SWITCH',
  'DROPOUT_PRECURSOR',
  'PROVISION_GAP',
  'OTHER',
] as const;
export type SignalKind = (typeof signalKinds)[number];

export const signalOrigins = ['COMPUTED', 'RAISED'] as const;
export type SignalOrigin = (typeof signalOrigins)[number];

/** OPEN → ON_AGENDA → CLOSED; an open signal may also be closed straight away. */
export const signalStatuses = ['OPEN', 'ON_AGENDA', 'CLOSED'] as const;
export type SignalStatus = (typeof signalStatuses)[number];

export interface AgendaItem {
  tableId: string | null;
  regionCode: string | null;
  since: string;
}

/** A signal as the API reads it. Signals hold patterns, never case ids or subjects. */
export interface SignalShape {
  id: string;
  kind: SignalKind;
  origin: SignalOrigin;
  title: string;
  description: string | null;
  status: SignalStatus;
  closingNote: string | null;
  raisedByAccountId: string | null;
  asOf: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  regionCode: string;
  need: Need | null;
  schoolId: string | null;
  raisedById: string | null;
  endorserIds: string[];
  agenda: AgendaItem[];
}

export interface CommentShape {
  id: string;
  text: string;
  at: string;
  authorId: string | null;
}

export interface NewSignal {
  kind: SignalKind;
  title: string;
  description: string | null;
  regionCode: string;
  need: Need | null;
  schoolId: string | null;
}
