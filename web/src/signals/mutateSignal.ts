import { type ApiErrorCode, asApiError } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import type { Signal, SignalOutcome } from '../api/operations/signals';
import type { TypedDocument } from '../api/typedDocument';

// One signal mutation, its answer reduced to what the page needs: the signal as it is now,
// or why not. Refusals the API returns as results and errors it throws end up alike.

export type FailureCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'OTHER';

export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

export type MutationResult =
  | { readonly ok: true; readonly signal: Signal }
  | {
      readonly ok: false;
      readonly code: FailureCode;
      /** For OTHER: the ApiError code, to pick its message. */
      readonly apiCode: ApiErrorCode | null;
      readonly issues: readonly FieldIssue[];
    };

const RESULT_CODES: readonly FailureCode[] = [
  'CONFLICT',
  'INVALID_TRANSITION',
  'NOT_FOUND',
  'VALIDATION_FAILED',
];

function fromOutcome(outcome: SignalOutcome): MutationResult {
  if ('data' in outcome) return { ok: true, signal: outcome.data };
  const code = RESULT_CODES.find((known) => known === outcome.code) ?? 'OTHER';
  return { ok: false, code, apiCode: null, issues: outcome.issues ?? [] };
}

/** Runs a mutation whose one field answers with a signal or a refusal. */
export async function mutateSignal<TVariables>(
  document: TypedDocument<Readonly<Record<string, SignalOutcome>>, TVariables>,
  variables: TVariables,
): Promise<MutationResult> {
  try {
    const data = await graphqlRequest(document, variables);
    const [outcome] = Object.values(data);
    if (!outcome) return { ok: false, code: 'OTHER', apiCode: 'INVALID_RESPONSE', issues: [] };
    return fromOutcome(outcome);
  } catch (error) {
    const { code } = asApiError(error);
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') {
      return { ok: false, code, apiCode: code, issues: [] };
    }
    return { ok: false, code: 'OTHER', apiCode: code, issues: [] };
  }
}
