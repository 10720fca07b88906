import type { TieKind } from '../../network/kinds.js';
import type { CaseKind } from '../../vocabulary/cases.js';
import type { Need } from '../../vocabulary/needs.js';
import type { Role } from '../../vocabulary/roles.js';

/** An organisation that offers at least one asked need, and where it stands geographically. */
export interface CandidateRow {
  id: string;
  servesMunicipality: boolean;
  /** Serves a municipality of the asked municipality's RMC region. */
  inRegion: boolean;
  /** The asked needs it offers. */
  offered: Need[];
  /** To the nearest municipality it serves; 0 when it serves the asked one. */
  distanceKm: number;
}

export type PathNodeType = 'ORGANISATION' | 'PROFESSIONAL';
export type PathRelation = 'TIE' | 'WORKS_AT' | 'MEMBER_OF_SWV';

export interface PathNodeShape {
  id: string;
  type: PathNodeType;
  name: string;
  /** An organisation's kind or a professional's role. */
  kind: string;
}

export interface PathLinkShape {
  relation: PathRelation;
  tieKind: TieKind | null;
  /** YYYY-MM-DD; null for jobs and memberships, or a tie never confirmed. */
  lastConfirmedAt: string | null;
}

/** A path from the asker to an organisation: nodes[0] is the asker, links[i] joins i and i+1. */
export interface PathShape {
  nodes: PathNodeShape[];
  links: PathLinkShape[];
}

export interface TrackRecordRow {
  id: string;
  /** Distinct cases handed to it. */
  cases: number;
  /** Of those, the cases the viewer may read (counted only when there are fewer than five). */
  visibleCases: number;
  accepted: number;
  declined: number;
  medianDaysToAccept: number | null;
  /** YYYY-MM-DD of the latest confirmation of any active tie of the organisation. */
  newestTieConfirmedAt: string | null;
}

export interface StaffRow {
  organisationId: string;
  id: string;
  role: Role;
  /** The asked needs this professional lists as expertise. */
  expertise: Need[];
}

export interface AskerFacts {
  id: string;
  role: Role;
  organisationId: string | null;
  municipalityCodes: string[];
}

export interface CaseFacts {
  id: string;
  kind: CaseKind;
  municipalityCode: string | null;
  needs: Need[];
}
