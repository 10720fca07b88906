import type { OrganisationKind } from '../schema';
import { typedDocument } from '../typedDocument';
import type { AnalysisSector } from './gaps';

// The Regio-overzicht view's operations: a region's (or the country's) network metrics on a
// day, every RMC region's metrics side by side, and how the network grew. Network metrics count
// organisations and ties, never cases, so the small-count rule does not apply here.

/** The figures the comparison and the summary share. */
export interface NetworkFigures {
  readonly organisationCount: number;
  readonly tiedPairs: number;
  readonly density: number;
  readonly averageDegree: number;
  readonly crossSectorShare: number;
  readonly communityCount: number;
  readonly modularity: number;
}

export interface OrganisationMetrics {
  readonly organisation: { readonly id: string; readonly name: string };
  readonly kind: OrganisationKind;
  readonly sector: AnalysisSector;
  readonly degree: number;
  readonly betweenness: number;
  readonly crossSectorTies: number;
  readonly sectorsReached: number;
}

export interface NetworkCommunity {
  readonly number: number;
  readonly size: number;
  readonly sectors: readonly AnalysisSector[];
}

export interface SectorBridge {
  readonly sector: AnalysisSector;
  readonly outsideTies: number;
  readonly gatekeepers: readonly {
    readonly organisation: { readonly id: string; readonly name: string };
    readonly share: number;
    readonly ties: number;
  }[];
}

export interface NetworkMetricsData {
  readonly networkMetrics: NetworkFigures & {
    readonly asOf: string;
    readonly betweennessMethod: { readonly exact: boolean; readonly sampleSize: number };
    readonly byDegree: readonly OrganisationMetrics[];
    readonly byBetweenness: readonly OrganisationMetrics[];
    readonly communities: readonly NetworkCommunity[];
    readonly sectorBridges: readonly SectorBridge[];
  };
}

export interface NetworkMetricsVariables {
  /** null: the whole country. */
  readonly regionCode: string | null;
  readonly asOf: string;
  readonly top: number;
}

const FIGURES = /* GraphQL */ `
  fragment NetworkFigureFields on NetworkMetrics {
    organisationCount
    tiedPairs
    density
    averageDegree
    crossSectorShare
    communityCount
    modularity
  }
`;

const ORGANISATION_FIELDS = /* GraphQL */ `
  fragment OrganisationMetricFields on OrganisationNetworkMetrics {
    organisation { id name }
    kind
    sector
    degree
    betweenness
    crossSectorTies
    sectorsReached
  }
`;

export const NETWORK_METRICS_QUERY = typedDocument<NetworkMetricsData, NetworkMetricsVariables>(
  /* GraphQL */ `
    query RegionNetworkMetrics($regionCode: String, $asOf: Date, $top: Int!) {
      networkMetrics(regionCode: $regionCode, asOf: $asOf) {
        asOf
        ...NetworkFigureFields
        betweennessMethod { exact sampleSize }
        byDegree: organisations(orderBy: DEGREE, limit: $top) { ...OrganisationMetricFields }
        byBetweenness: organisations(orderBy: BETWEENNESS, limit: $top) {
          ...OrganisationMetricFields
        }
        communities(limit: 12) { number size sectors }
        sectorBridges {
          sector
          outsideTies
          gatekeepers(limit: 3) { organisation { id name } share ties }
        }
      }
    }
    ${FIGURES}
    ${ORGANISATION_FIELDS}
  `,
);

export interface RegionComparisonRow {
  readonly region: { readonly code: string; readonly name: string };
  readonly metrics: NetworkFigures;
}

export interface RegionComparisonData {
  readonly regionNetworkComparison: readonly RegionComparisonRow[];
}

export const REGION_COMPARISON_QUERY = typedDocument<RegionComparisonData, { asOf: string }>(
  /* GraphQL */ `
    query RegionNetworkComparison($asOf: Date) {
      regionNetworkComparison(kind: RMC, asOf: $asOf) {
        region { code name }
        metrics { ...NetworkFigureFields }
      }
    }
    ${FIGURES}
  `,
);

export type GrowthInterval = 'MONTH' | 'QUARTER';

export interface NetworkGrowthStep {
  readonly start: string;
  readonly end: string;
  readonly organisations: number;
  readonly tiedPairs: number;
  readonly organisationsJoined: number;
  readonly tiesStarted: number;
  readonly tiesEnded: number;
}

export interface NetworkGrowthData {
  readonly networkGrowth: readonly NetworkGrowthStep[];
}

export interface NetworkGrowthVariables {
  readonly regionCode: string | null;
  readonly asOf: string;
  readonly interval: GrowthInterval;
}

export const NETWORK_GROWTH_QUERY = typedDocument<NetworkGrowthData, NetworkGrowthVariables>(
  /* GraphQL */ `
    query RegionNetworkGrowth($regionCode: String, $asOf: Date, $interval: GrowthInterval!) {
      networkGrowth(regionCode: $regionCode, asOf: $asOf, interval: $interval) {
        start
        end
        organisations
        tiedPairs
        organisationsJoined
        tiesStarted
        tiesEnded
      }
    }
  `,
);
