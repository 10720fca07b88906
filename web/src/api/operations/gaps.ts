import type { OrganisationKind } from '../schema';
import { typedDocument } from '../typedDocument';

// The Hiaten view's operations: a region's gap report with the template's rules, the findings
// on its structure and provision, and the national summary per region.

export const GAP_SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
/** The schema's `GapSeverity`, most urgent first. */
export type GapSeverity = (typeof GAP_SEVERITIES)[number];

/** The schema's `Sector` of a single point of failure (the analyses' five sectors). */
export type AnalysisSector = 'EDUCATION' | 'LEERPLICHT_RMC' | 'CARE' | 'JUSTICE' | 'WORK';

/** The schema's `Need`. */
export type Need =
  | 'ANGST_DEPRESSIE'
  | 'AUTISME'
  | 'DAGBESTEDING'
  | 'GEDRAG'
  | 'GEZIN'
  | 'GGZ_JEUGD'
  | 'HOOGBEGAAFDHEID'
  | 'HUISVESTING'
  | 'LICHAMELIJK'
  | 'LVB'
  | 'ONDERWIJS_OP_MAAT'
  | 'SCHULDHULP'
  | 'STAGE_WERK'
  | 'TAAL'
  | 'VEILIGHEID'
  | 'VERSLAVING';

/** A count of cases under the small-count rule: always show `shown`. */
export interface CaseCount {
  readonly shown: string;
  readonly value: number | null;
}

export interface OrganisationRef {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
}

export interface SeverityCount {
  readonly severity: GapSeverity;
  readonly missingTies: number;
  readonly staleTies: number;
}

export interface GapSummary {
  readonly missingTies: number;
  readonly staleTies: number;
  readonly bySeverity: readonly SeverityCount[];
}

export interface MissingTie {
  readonly severity: GapSeverity;
  readonly ruleCode: string;
  readonly ruleCodes: readonly string[];
  readonly from: OrganisationRef;
  readonly to: OrganisationRef;
}

export interface StaleTie {
  readonly severity: GapSeverity;
  readonly type: 'ORGANISATION' | 'PROFESSIONAL';
  readonly ruleCode: string | null;
  readonly lastConfirmedAt: string | null;
  readonly daysSinceConfirmed: number | null;
  readonly tie: { readonly id: string };
  readonly from: OrganisationRef;
  readonly to: OrganisationRef;
}

export interface CollaborationRuleSummary {
  readonly code: string;
  readonly description: string;
}

export interface GapReportData {
  readonly gapReport: {
    readonly asOf: string;
    readonly summary: GapSummary;
    readonly missingTies: readonly MissingTie[];
    readonly staleTies: readonly StaleTie[];
  };
  readonly collaborationTemplate: readonly CollaborationRuleSummary[];
}

const SUMMARY_FIELDS = /* GraphQL */ `
  fragment GapSummaryFields on GapSummary {
    missingTies
    staleTies
    bySeverity { severity missingTies staleTies }
  }
`;

export const GAP_REPORT_QUERY = typedDocument<GapReportData, { regionCode: string }>(
  /* GraphQL */ `
    query GapReport($regionCode: String!) {
      gapReport(regionCode: $regionCode) {
        asOf
        summary { ...GapSummaryFields }
        missingTies {
          severity
          ruleCode
          ruleCodes
          from { id name kind }
          to { id name kind }
        }
        staleTies {
          severity
          type
          ruleCode
          lastConfirmedAt
          daysSinceConfirmed
          tie { id }
          from { id name kind }
          to { id name kind }
        }
      }
      collaborationTemplate { code description }
    }
    ${SUMMARY_FIELDS}
  `,
);

export interface SinglePointOfFailure {
  readonly sector: AnalysisSector;
  readonly organisation: OrganisationRef;
  readonly cutOff: readonly OrganisationRef[];
  readonly bridge: { readonly id: string } | null;
}

export interface HiddenCollaboration {
  readonly organisations: readonly OrganisationRef[];
  readonly handovers: CaseCount;
  readonly cases: CaseCount;
  readonly sharedCases: CaseCount;
}

export interface GapFindingsData {
  readonly provisionGaps: readonly { readonly need: Need; readonly cases: CaseCount }[];
  readonly networkStructure: {
    readonly isolated: readonly OrganisationRef[];
    readonly singlePointsOfFailure: readonly SinglePointOfFailure[];
  };
  readonly hiddenCollaboration: readonly HiddenCollaboration[];
}

export const GAP_FINDINGS_QUERY = typedDocument<GapFindingsData, { regionCode: string }>(
  /* GraphQL */ `
    query GapFindings($regionCode: String!) {
      provisionGaps(regionCode: $regionCode) {
        need
        cases { shown value }
      }
      networkStructure(regionCode: $regionCode) {
        isolated { id name kind }
        singlePointsOfFailure {
          sector
          organisation { id name kind }
          cutOff { id name kind }
          bridge { id }
        }
      }
      hiddenCollaboration(regionCode: $regionCode) {
        organisations { id name kind }
        handovers { shown value }
        cases { shown value }
        sharedCases { shown value }
      }
    }
  `,
);

export interface NationalGapSummaryData {
  readonly nationalGapSummary: {
    readonly regions: readonly {
      readonly region: { readonly code: string; readonly name: string };
      readonly summary: GapSummary;
    }[];
  };
}

export const NATIONAL_GAP_SUMMARY_QUERY = typedDocument<NationalGapSummaryData>(/* GraphQL */ `
  query NationalGapSummary {
    nationalGapSummary {
      regions {
        region { code name }
        summary { ...GapSummaryFields }
      }
    }
  }
  ${SUMMARY_FIELDS}
`);
