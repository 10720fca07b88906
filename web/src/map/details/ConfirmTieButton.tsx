import { useContext, useState } from 'react';
import { asApiError } from '../../api/ApiError';
import { graphqlRequest } from '../../api/graphqlRequest';
import { CONFIRM_TIE_MUTATION } from '../../api/operations/confirmTie';
import { SessionExpiryContext } from '../../auth/sessionExpiry';
import { useTexts } from '../../i18n/language';

type State =
  | { readonly status: 'idle' | 'busy' }
  | { readonly status: 'confirmed'; readonly date: string | null }
  | { readonly status: 'failed'; readonly code: string; readonly message: string };

/**
 * Confirms that a tie still holds. Who may is the API's rule (issue 5): a refusal is shown as
 * a plain Dutch sentence, any other failure with a retry.
 */
export function ConfirmTieButton({ tieId, otherName }: { tieId: string; otherName: string }) {
  const { ui, errorMessages } = useTexts();
  const sessionExpired = useContext(SessionExpiryContext);
  const [state, setState] = useState<State>({ status: 'idle' });
  const confirm = async () => {
    if (state.status === 'busy') return;
    setState({ status: 'busy' });
    try {
      const { confirmTie: result } = await graphqlRequest(CONFIRM_TIE_MUTATION, { id: tieId });
      if (result.__typename === 'MutationConfirmTieSuccess') {
        setState({ status: 'confirmed', date: result.data.lastConfirmedAt });
      } else {
        setState({ status: 'failed', code: result.code, message: ui.details.confirmFailed });
      }
    } catch (error) {
      const { code } = asApiError(error);
      if (code === 'UNAUTHENTICATED') sessionExpired();
      const message =
        code === 'FORBIDDEN'
          ? ui.details.confirmForbidden
          : `${ui.details.confirmFailed} ${errorMessages[code]}`;
      setState({ status: 'failed', code, message });
    }
  };
  return (
    <div className="tie__confirm">
      {state.status !== 'confirmed' && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={confirm}
          aria-disabled={state.status === 'busy'}
          aria-label={ui.details.confirmLabel(otherName)}
          data-testid="confirm-tie"
        >
          {state.status === 'busy' ? ui.details.confirming : ui.details.confirm}
        </button>
      )}
      {state.status === 'confirmed' && (
        <p className="tie__confirmed" role="status" data-testid="confirm-tie-done">
          {ui.details.confirmed}
        </p>
      )}
      {state.status === 'failed' && (
        <p
          className="tie__error"
          role="alert"
          data-testid="confirm-tie-error"
          data-error-code={state.code}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
