import { typedDocument } from '../typedDocument';
import type { CaseCount, Need } from './gaps';
import type { CaseKind, HandoverReason } from './handover-analyses';

// The Signalen view's computed patterns (issue 6, item 5): what the analyses find across a
// region's cases, each with the numbers behind it. Every count of cases is a CaseCount (show
// `shown`); rates and medians are null when a count behind them may not be shown.

export interface SchoolRef {
  readonly id: string;
  readonly name: string;
}

export interface TransferCohort {
  readonly year: number;
  readonly transfers: CaseCount;
  readonly dropouts: CaseCount;
  readonly complete: boolean;
}

export interface SchoolTransferDropout {
  readonly school: SchoolRef;
  readonly cohorts: readonly TransferCohort[];
  readonly transfers: CaseCount;
  readonly dropouts: CaseCount;
  readonly rate: number | null;
  readonly baselineTransfers: CaseCount;
  readonly baselineDropouts: CaseCount;
  readonly baselineRate: number | null;
  readonly tested: boolean;
  readonly flagged: boolean;
}

export interface QuarterCaseCount {
  readonly quarter: string;
  readonly cases: CaseCount;
  readonly complete: boolean;
}

export interface NeedDemand {
  readonly need: Need;
  readonly quarters: readonly QuarterCaseCount[];
  readonly recent: CaseCount;
  readonly earlier: CaseCount;
  readonly growth: number | null;
  readonly tested: boolean;
  readonly rising: boolean;
}

export interface CareSwitchDelays {
  readonly cases: CaseCount;
  readonly late: CaseCount;
  readonly medianDays: number | null;
  readonly flagged: boolean;
}

export type PrecursorType = 'CASE_KIND' | 'RISK_INDICATOR' | 'NEED' | 'HANDOVER';

/** The schema's `RiskIndicator`. */
export type RiskIndicator =
  | 'FREQUENT_ZIEKMELDEN'
  | 'OVERGANG_PO_VO'
  | 'OVERGANG_VO_MBO'
  | 'RELATIEF_VERZUIM'
  | 'SCHOOLWISSEL'
  | 'VERHUIZING';

/** A precursor's code is a case kind, risk indicator, need or handover reason (by `type`). */
export type PrecursorCode = CaseKind | RiskIndicator | Need | HandoverReason;

export interface DropoutPrecursor {
  readonly type: PrecursorType;
  readonly code: string;
  readonly dropouts: CaseCount;
  readonly share: number | null;
  readonly medianLeadDays: number | null;
}

export interface SignalPatternsData {
  readonly transferDropout: {
    readonly asOf: string;
    readonly rule: string;
    readonly transfers: CaseCount;
    readonly dropouts: CaseCount;
    readonly schools: readonly SchoolTransferDropout[];
  };
  readonly needDemand: {
    readonly asOf: string;
    readonly rule: string;
    readonly needs: readonly NeedDemand[];
  };
  readonly careSwitchDelays: {
    readonly asOf: string;
    readonly rule: string;
    readonly delays: CareSwitchDelays;
    readonly schools: readonly { readonly school: SchoolRef; readonly delays: CareSwitchDelays }[];
  };
  readonly dropoutPrecursors: {
    readonly from: string;
    readonly asOf: string;
    readonly dropouts: CaseCount;
    readonly preceded: CaseCount;
    readonly precursors: readonly DropoutPrecursor[];
  };
}

const DELAY_FIELDS = /* GraphQL */ `
  fragment CareSwitchDelayFields on CareSwitchDelays {
    cases { shown value }
    late { shown value }
    medianDays
    flagged
  }
`;

/** The four computed patterns of one region, judged as of today (or `asOf`). */
export const SIGNAL_PATTERNS_QUERY = typedDocument<
  SignalPatternsData,
  { regionCode: string; asOf?: string }
>(/* GraphQL */ `
  query SignalPatterns($regionCode: String!, $asOf: Date) {
    transferDropout(regionCode: $regionCode, asOf: $asOf) {
      asOf
      rule
      transfers { shown value }
      dropouts { shown value }
      schools {
        school { id name }
        cohorts { year transfers { shown value } dropouts { shown value } complete }
        transfers { shown value }
        dropouts { shown value }
        rate
        baselineTransfers { shown value }
        baselineDropouts { shown value }
        baselineRate
        tested
        flagged
      }
    }
    needDemand(regionCode: $regionCode, asOf: $asOf) {
      asOf
      rule
      needs {
        need
        quarters { quarter cases { shown value } complete }
        recent { shown value }
        earlier { shown value }
        growth
        tested
        rising
      }
    }
    careSwitchDelays(regionCode: $regionCode, asOf: $asOf) {
      asOf
      rule
      delays { ...CareSwitchDelayFields }
      schools { school { id name } delays { ...CareSwitchDelayFields } }
    }
    dropoutPrecursors(regionCode: $regionCode, asOf: $asOf) {
      from
      asOf
      dropouts { shown value }
      preceded { shown value }
      precursors { type code dropouts { shown value } share medianLeadDays }
    }
  }
  ${DELAY_FIELDS}
`);
