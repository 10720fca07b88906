import type { HandoverStatus, LegalBasis } from '../vocabulary/cases.js';
import type { DeclineReason, HandoverReason } from './reasons.js';

export interface HandoverShape {
  id: string;
  reason: HandoverReason;
  legalBasis: LegalBasis;
  warm: boolean;
  status: HandoverStatus;
  declineReason: DeclineReason | null;
  requestedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  completedAt: string | null;
  caseId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  fromProfessionalId: string | null;
  toProfessionalId: string | null;
}

export interface HandoverFilter {
  statuses?: readonly HandoverStatus[] | null | undefined;
  caseId?: string | null | undefined;
  fromOrganisationId?: string | null | undefined;
  toOrganisationId?: string | null | undefined;
}
