import { typedDocument } from '../typedDocument';
import type { Need } from './gaps';

// The Signalen view's signals: the list of a region, its consultation tables (for the agenda),
// the lifecycle mutations (raise, agenda, endorse, comment, close) and Ingrado's national trends.
// Signals hold patterns only, never case data.

export const SIGNAL_KINDS = [
  'TRANSFER_DROPOUT',
  'RISING_DEMAND',
  'LATE_CARE_SWITCH',
  'DROPOUT_PRECURSOR',
  'PROVISION_GAP',
  'OTHER',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const SIGNAL_STATUSES = ['OPEN', 'ON_AGENDA', 'CLOSED'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

export interface Signal {
  readonly id: string;
  readonly kind: SignalKind;
  readonly origin: 'COMPUTED' | 'RAISED';
  readonly title: string;
  readonly description: string | null;
  readonly status: SignalStatus;
  readonly region: { readonly code: string; readonly name: string };
  readonly need: Need | null;
  readonly school: { readonly id: string; readonly name: string } | null;
  readonly raisedBy: { readonly id: string; readonly name: string } | null;
  readonly endorsementCount: number;
  readonly endorsedBy: readonly { readonly id: string; readonly name: string }[];
  readonly agenda: readonly {
    readonly table: { readonly id: string; readonly name: string } | null;
    readonly region: { readonly code: string; readonly name: string } | null;
    readonly since: string;
  }[];
  readonly comments: readonly {
    readonly id: string;
    readonly text: string;
    readonly at: string;
    readonly author: { readonly name: string } | null;
  }[];
  readonly closingNote: string | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

const SIGNAL_FIELDS = /* GraphQL */ `
  fragment SignalFields on Signal {
    id kind origin title description status
    region { code name }
    need
    school { id name }
    raisedBy { id name }
    endorsementCount
    endorsedBy { id name }
    agenda { table { id name } region { code name } since }
    comments { id text at author { name } }
    closingNote createdAt closedAt
  }
`;

export interface SignalsData {
  readonly viewer: { readonly professional: { readonly id: string } | null } | null;
  readonly signals: { readonly totalCount: number; readonly edges: readonly { node: Signal }[] };
  readonly consultationTables: {
    readonly edges: readonly { readonly node: { readonly id: string; readonly name: string } }[];
  };
}

/** A region's signals (newest first), who the viewer is, and the region's tables. */
export const SIGNALS_QUERY = typedDocument<SignalsData, { regionCode: string }>(/* GraphQL */ `
  query RegionSignals($regionCode: String!) {
    viewer { professional { id } }
    signals(first: 100, filter: { regionCode: $regionCode }) {
      totalCount
      edges { node { ...SignalFields } }
    }
    consultationTables(first: 100, filter: { regionCode: $regionCode }) {
      edges { node { id name } }
    }
  }
  ${SIGNAL_FIELDS}
`);

/** A refusal the API returns as a result (validation issues name the input field). */
export interface SignalFailure {
  readonly __typename:
    | 'ConflictError'
    | 'InvalidTransitionError'
    | 'NotFoundError'
    | 'ValidationError';
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { readonly field: string; readonly message: string }[];
}

export type SignalOutcome =
  | { readonly __typename: `Mutation${string}Success`; data: Signal }
  | SignalFailure;

const outcome = (name: string) => /* GraphQL */ `
  __typename
  ... on Mutation${name}Success { data { ...SignalFields } }
  ... on Error { code message }
  ... on ValidationError { issues { field message } }
`;

export interface RaiseSignalInput {
  readonly title: string;
  readonly description?: string;
  readonly regionCode: string;
  readonly kind: SignalKind;
  readonly need?: Need;
}

export const RAISE_SIGNAL_MUTATION = typedDocument<
  { readonly raiseSignal: SignalOutcome },
  { input: RaiseSignalInput }
>(/* GraphQL */ `
  mutation RaiseSignal($input: RaiseSignalInput!) {
    raiseSignal(input: $input) { ${outcome('RaiseSignal')} }
  }
  ${SIGNAL_FIELDS}
`);

export const PUT_SIGNAL_ON_AGENDA_MUTATION = typedDocument<
  { readonly putSignalOnAgenda: SignalOutcome },
  { id: string; tableId?: string; regionCode?: string }
>(/* GraphQL */ `
  mutation PutSignalOnAgenda($id: ID!, $tableId: ID, $regionCode: String) {
    putSignalOnAgenda(id: $id, tableId: $tableId, regionCode: $regionCode) {
      ${outcome('PutSignalOnAgenda')}
    }
  }
  ${SIGNAL_FIELDS}
`);

export const ENDORSE_SIGNAL_MUTATION = typedDocument<
  { readonly endorseSignal: SignalOutcome },
  { id: string }
>(/* GraphQL */ `
  mutation EndorseSignal($id: ID!) {
    endorseSignal(id: $id) { ${outcome('EndorseSignal')} }
  }
  ${SIGNAL_FIELDS}
`);

export const COMMENT_ON_SIGNAL_MUTATION = typedDocument<
  { readonly commentOnSignal: SignalOutcome },
  { id: string; text: string }
>(/* GraphQL */ `
  mutation CommentOnSignal($id: ID!, $text: String!) {
    commentOnSignal(id: $id, text: $text) { ${outcome('CommentOnSignal')} }
  }
  ${SIGNAL_FIELDS}
`);

export const CLOSE_SIGNAL_MUTATION = typedDocument<
  { readonly closeSignal: SignalOutcome },
  { id: string; note: string }
>(/* GraphQL */ `
  mutation CloseSignal($id: ID!, $note: String!) {
    closeSignal(id: $id, note: $note) { ${outcome('CloseSignal')} }
  }
  ${SIGNAL_FIELDS}
`);

export interface SignalTrend {
  readonly quarter: string;
  readonly kind: SignalKind;
  readonly need: Need | null;
  readonly raised: number;
  readonly open: number;
  readonly closed: number;
  readonly regions: number;
}

/** Ingrado's national view: signals of all regions per quarter, kind and need. */
export const NATIONAL_SIGNAL_TRENDS_QUERY = typedDocument<{
  readonly nationalSignalTrends: readonly SignalTrend[];
}>(/* GraphQL */ `
  query NationalSignalTrends {
    nationalSignalTrends { quarter kind need raised open closed regions }
  }
`);

/**
 * What the region's analyses flag now, as signals (once a quarter each); only the new ones
 * return, by id: the page then reloads its list (a list of whole signals would cost too much).
 */
export const MATERIALISE_SIGNALS_MUTATION = typedDocument<
  {
    readonly materialiseSignals:
      | {
          readonly __typename: 'MutationMaterialiseSignalsSuccess';
          data: readonly { readonly id: string }[];
        }
      | SignalFailure;
  },
  { regionCode: string }
>(/* GraphQL */ `
  mutation MaterialiseSignals($regionCode: String!) {
    materialiseSignals(regionCode: $regionCode) {
      __typename
      ... on MutationMaterialiseSignalsSuccess { data { id } }
      ... on Error { code message }
    }
  }
`);
