import type { OrganisationKind, TieKind } from '../schema';
import { typedDocument } from '../typedDocument';

// The partner finder and peers (issue 6; server/src/analysis/partners/README.md).

/** The `Need` vocabulary, in the order the form lists it. */
export const NEEDS = [
  'ANGST_DEPRESSIE',
  'AUTISME',
  'DAGBESTEDING',
  'GEDRAG',
  'GEZIN',
  'GGZ_JEUGD',
  'HOOGBEGAAFDHEID',
  'HUISVESTING',
  'LICHAMELIJK',
  'LVB',
  'ONDERWIJS_OP_MAAT',
  'SCHULDHULP',
  'STAGE_WERK',
  'TAAL',
  'VEILIGHEID',
  'VERSLAVING',
] as const;
export type Need = (typeof NEEDS)[number];

/** The `CaseKind` vocabulary (DOMAIN.md, "Cases and what happens to them"). */
export const CASE_KINDS = [
  'ABSOLUUT_VERZUIM',
  'RELATIEF_VERZUIM',
  'LUXE_VERZUIM',
  'SIGNAALVERZUIM',
  'THUISZITTER',
  'VRIJSTELLING',
  'VSV',
  'KWETSBARE_POSITIE',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** A count of cases under the small-count rule: always show `shown` ("<5" when hidden). */
export interface CaseCount {
  readonly shown: string;
  readonly value: number | null;
}

export interface PathNode {
  readonly id: string;
  readonly type: 'ORGANISATION' | 'PROFESSIONAL';
  /** An organisation's kind or a professional's role. */
  readonly kind: string;
  readonly name: string;
}

export interface PathLink {
  readonly relation: 'TIE' | 'WORKS_AT' | 'MEMBER_OF_SWV';
  readonly tieKind: TieKind | null;
  readonly lastConfirmedAt: string | null;
  readonly daysSinceConfirmed: number | null;
}

export interface NetworkPath {
  readonly steps: number;
  /** From the asker (first) to the partner (last); links[i] joins nodes[i] and nodes[i + 1]. */
  readonly nodes: readonly PathNode[];
  readonly links: readonly PathLink[];
}

interface ReasonBase {
  readonly score: number;
  readonly maxScore: number;
}

export type PartnerReason =
  | (ReasonBase & {
      readonly __typename: 'MunicipalityReason';
      readonly servesMunicipality: boolean;
      readonly inRegion: boolean;
      readonly distanceKm: number;
    })
  | (ReasonBase & {
      readonly __typename: 'NeedsReason';
      readonly offered: readonly Need[];
      readonly missing: readonly Need[];
    })
  | (ReasonBase & { readonly __typename: 'PathReason'; readonly path: NetworkPath | null })
  | (ReasonBase & {
      readonly __typename: 'TrackRecordReason';
      readonly cases: CaseCount;
      readonly acceptanceRate: number | null;
      readonly medianDaysToAccept: number | null;
    })
  | (ReasonBase & {
      readonly __typename: 'FreshnessReason';
      readonly newestTieDays: number | null;
      readonly oldestTieOnPathDays: number | null;
    });

export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly roleLabel: string;
  readonly email: string | null;
}

export interface PartnerSuggestion {
  readonly rank: number;
  readonly score: number;
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly kind: OrganisationKind;
  };
  readonly contact: Contact | null;
  readonly reasons: readonly PartnerReason[];
}

export interface PartnerFinderResult {
  readonly asOf: string;
  readonly asker: { readonly id: string; readonly name: string } | null;
  readonly municipality: { readonly code: string; readonly name: string };
  readonly needs: readonly Need[];
  readonly uncoveredNeeds: readonly Need[];
  readonly partners: readonly PartnerSuggestion[];
}

export interface PartnerFinderVariables {
  readonly needs: readonly Need[];
  readonly municipalityCode: string;
  readonly limit: number;
}

export const PARTNER_FINDER_QUERY = typedDocument<
  { readonly partnerFinder: PartnerFinderResult },
  PartnerFinderVariables
>(/* GraphQL */ `
  query PartnerFinder($needs: [Need!], $municipalityCode: String, $limit: Int) {
    partnerFinder(needs: $needs, municipalityCode: $municipalityCode, limit: $limit) {
      asOf
      asker { id name }
      municipality { code name }
      needs
      uncoveredNeeds
      partners {
        rank
        score
        organisation { id name kind }
        contact { id name roleLabel email }
        reasons {
          __typename
          score
          maxScore
          ... on MunicipalityReason { servesMunicipality inRegion distanceKm }
          ... on NeedsReason { offered missing }
          ... on PathReason {
            path {
              steps
              nodes { id type kind name }
              links { relation tieKind lastConfirmedAt daysSinceConfirmed }
            }
          }
          ... on TrackRecordReason { cases { shown value } acceptanceRate medianDaysToAccept }
          ... on FreshnessReason { newestTieDays oldestTieOnPathDays }
        }
      }
    }
  }
`);

export interface Peer {
  readonly professional: Contact;
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly kind: OrganisationKind;
  };
  readonly similarCases: CaseCount;
  readonly similarity: number | null;
  readonly sharedNeeds: readonly { readonly need: Need; readonly cases: CaseCount }[];
}

export interface PeersVariables {
  readonly needs: readonly Need[];
  readonly municipalityCode: string;
  readonly caseKind: CaseKind;
  readonly limit: number;
}

/** Colleagues in the viewer's role elsewhere who handled similar cases (counts only). */
export interface PeersData {
  readonly peers: readonly Peer[];
  /** The municipality peers work outside of, by name. */
  readonly municipality: { readonly name: string } | null;
}

export const PEERS_QUERY = typedDocument<PeersData, PeersVariables>(
  /* GraphQL */ `
    query Peers($needs: [Need!], $municipalityCode: String!, $caseKind: CaseKind, $limit: Int) {
      municipality(code: $municipalityCode) { name }
      peers(needs: $needs, municipalityCode: $municipalityCode, caseKind: $caseKind, limit: $limit) {
        professional { id name roleLabel email }
        organisation { id name kind }
        similarCases { shown value }
        similarity
        sharedNeeds { need cases { shown value } }
      }
    }
  `,
);
