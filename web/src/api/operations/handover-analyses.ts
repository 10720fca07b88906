import type { OrganisationKind } from '../schema';
import { typedDocument } from '../typedDocument';
import type { CaseCount, OrganisationRef } from './gaps';

// The Overdrachten view's operations: a region's handover flows, the findings on its handovers
// (stalled, ping-pong, uncoordinated cases) and one case's journey.

export type HandoverStatus = 'REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED';

export type CaseKind =
  | 'ABSOLUUT_VERZUIM'
  | 'KWETSBARE_POSITIE'
  | 'LUXE_VERZUIM'
  | 'RELATIEF_VERZUIM'
  | 'SIGNAALVERZUIM'
  | 'THUISZITTER'
  | 'VRIJSTELLING'
  | 'VSV';

export type HandoverReason =
  | 'HALT_AFDOENING'
  | 'MAZL'
  | 'ONDERWIJSCONSULENT'
  | 'OTHER'
  | 'PROCES_VERBAAL'
  | 'RMC_TRAJECT'
  | 'VEILIGHEID'
  | 'VERZUIMMELDING'
  | 'WARME_OVERDRACHT_VO_MBO'
  | 'ZORG_NODIG';

export interface HandoverFlow {
  readonly from: OrganisationRef | null;
  readonly to: OrganisationRef | null;
  readonly fromKind: OrganisationKind;
  readonly toKind: OrganisationKind;
  readonly handovers: CaseCount;
  readonly cases: CaseCount;
  readonly acceptanceRate: number | null;
  readonly medianDaysToAccept: number | null;
}

export interface HandoverFlowsData {
  readonly handoverFlows: {
    readonly from: string;
    readonly to: string;
    readonly asOf: string;
    readonly flows: readonly HandoverFlow[];
  };
}

export const HANDOVER_FLOWS_QUERY = typedDocument<HandoverFlowsData, { regionCode: string }>(
  /* GraphQL */ `
    query HandoverFlows($regionCode: String!) {
      handoverFlows(regionCode: $regionCode, by: ORGANISATION) {
        from
        to
        asOf
        flows {
          from { id name kind }
          to { id name kind }
          fromKind
          toKind
          handovers { shown value }
          cases { shown value }
          acceptanceRate
          medianDaysToAccept
        }
      }
    }
  `,
);

/** What a listed case shows: coded facts only, for cases the viewer may read. */
export interface CaseSummary {
  readonly id: string;
  readonly kind: CaseKind;
  readonly openedAt: string;
  readonly municipality: { readonly name: string };
}

export interface OrganisationCaseCount {
  readonly organisation: OrganisationRef;
  readonly count: CaseCount;
}

interface Finding<TItem> {
  readonly total: CaseCount;
  readonly byOrganisation: readonly OrganisationCaseCount[];
  readonly items: readonly TItem[];
}

export interface StalledItem {
  readonly case: CaseSummary;
  readonly handover: { readonly id: string };
  readonly from: OrganisationRef;
  readonly to: OrganisationRef;
  readonly requestedAt: string;
  readonly workingDaysWaiting: number;
}

export interface PingPongItem {
  readonly case: CaseSummary;
  readonly organisations: readonly OrganisationRef[];
  readonly returnedAt: string;
}

export interface UncoordinatedItem {
  readonly case: CaseSummary;
  readonly organisations: readonly OrganisationRef[];
  readonly openedAt: string;
}

export interface HandoverFindingsData {
  readonly stalledHandovers: Finding<StalledItem>;
  readonly pingPongHandovers: Finding<PingPongItem>;
  readonly uncoordinatedCases: Finding<UncoordinatedItem>;
}

const CASE_SUMMARY_FIELDS = /* GraphQL */ `
  fragment CaseSummaryFields on Case {
    id
    kind
    openedAt
    municipality { name }
  }
`;

const COUNTS = /* GraphQL */ `
  fragment OrganisationCaseCountFields on OrganisationCaseCount {
    organisation { id name kind }
    count { shown value }
  }
  ${CASE_SUMMARY_FIELDS}
`;

export const HANDOVER_FINDINGS_QUERY = typedDocument<
  HandoverFindingsData,
  { regionCode: string }
>(/* GraphQL */ `
  query HandoverFindings($regionCode: String!) {
    stalledHandovers(regionCode: $regionCode) {
      total { shown value }
      byOrganisation { ...OrganisationCaseCountFields }
      items {
        case { ...CaseSummaryFields }
        handover { id }
        from { id name kind }
        to { id name kind }
        requestedAt
        workingDaysWaiting
      }
    }
    pingPongHandovers(regionCode: $regionCode) {
      total { shown value }
      byOrganisation { ...OrganisationCaseCountFields }
      items {
        case { ...CaseSummaryFields }
        organisations { id name kind }
        returnedAt
      }
    }
    uncoordinatedCases(regionCode: $regionCode) {
      total { shown value }
      byOrganisation { ...OrganisationCaseCountFields }
      items {
        case { ...CaseSummaryFields }
        organisations { id name kind }
        openedAt
      }
    }
  }
  ${COUNTS}
`);

export interface JourneyHandover {
  readonly id: string;
  readonly from: { readonly id: string; readonly name: string };
  readonly to: { readonly id: string; readonly name: string };
  readonly status: HandoverStatus;
  readonly reason: HandoverReason;
  readonly warm: boolean;
  readonly requestedAt: string;
  readonly acceptedAt: string | null;
  readonly declinedAt: string | null;
  readonly completedAt: string | null;
}

export interface CaseJourneyData {
  readonly caseJourney: {
    readonly case: CaseSummary;
    readonly nodes: readonly {
      readonly id: string;
      readonly kind: OrganisationKind;
      readonly label: string;
      readonly step: number;
    }[];
    readonly edges: readonly {
      readonly id: string;
      readonly source: string;
      readonly target: string;
      readonly step: number;
      readonly status: HandoverStatus;
      readonly warm: boolean;
    }[];
    readonly handovers: readonly JourneyHandover[];
  } | null;
}

export const CASE_JOURNEY_QUERY = typedDocument<CaseJourneyData, { caseId: string }>(
  /* GraphQL */ `
    query CaseJourney($caseId: ID!) {
      caseJourney(caseId: $caseId) {
        case { ...CaseSummaryFields }
        nodes { id kind label step }
        edges { id source target step status warm }
        handovers {
          id
          from { id name }
          to { id name }
          status
          reason
          warm
          requestedAt
          acceptedAt
          declinedAt
          completedAt
        }
      }
    }
    ${CASE_SUMMARY_FIELDS}
  `,
);
