import type { OrganisationKind } from '../../network/kinds.js';
import type { Need } from '../../vocabulary/needs.js';
import type { GapSeverity } from '../template/types.js';

/** An organisation as the gap analyses see it, within one region. */
export interface GapOrganisation {
  id: string;
  kind: OrganisationKind;
  /** The municipalities it serves in the region at hand. */
  municipalityCodes: string[];
  /** For a school: the samenwerkingsverband it is a member of. */
  swvId: string | null;
  offers: Need[];
}

/** An active tie between two organisations, or between professionals of two organisations. */
export interface GapTie {
  id: string;
  type: 'ORGANISATION' | 'PROFESSIONAL';
  fromId: string;
  toId: string;
  fromKind: OrganisationKind;
  toKind: OrganisationKind;
  lastConfirmedAt: string | null;
}

/** An expected tie that no tie of any kind carries. */
export interface MissingTieItem {
  /** The most severe rule expecting the pair; `ruleCodes` lists every rule that does. */
  ruleCode: string;
  ruleCodes: string[];
  severity: GapSeverity;
  fromId: string;
  toId: string;
  /** The municipalities of the region both serve (empty for a membership rule). */
  municipalityCodes: string[];
}

export interface StaleTieItem {
  tieId: string;
  type: GapTie['type'];
  /** The organisations at its ends (for a professional tie: where each works). */
  fromId: string;
  toId: string;
  lastConfirmedAt: string | null;
  daysSinceConfirmed: number | null;
  severity: GapSeverity;
  /** The expected collaboration it carries, if any. */
  ruleCode: string | null;
}

export interface GapCounts {
  missingTies: number;
  staleTies: number;
}

export interface GapSummaryShape extends GapCounts {
  bySeverity: ({ severity: GapSeverity } & GapCounts)[];
  byRule: ({ ruleCode: string; severity: GapSeverity } & GapCounts)[];
}

export interface RegionGapReportShape {
  regionCode: string;
  asOf: string;
  missingTies: MissingTieItem[];
  staleTies: StaleTieItem[];
  summary: GapSummaryShape;
}
