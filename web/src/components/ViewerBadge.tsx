import { useState } from 'react';
import { asApiError } from '../api/ApiError';
import type { Viewer } from '../api/operations/viewer';
import { useTexts } from '../i18n/language';
import './ViewerBadge.css';

interface ViewerBadgeProps {
  readonly viewer: Viewer;
  /** Rejects when the session could not be ended; it then stays signed in. */
  readonly onSignOut: () => Promise<void>;
}

type SignOutState =
  | { readonly status: 'idle' | 'busy' }
  | { readonly status: 'failed'; readonly message: string };

/** Who is signed in (e-mail, role, organisation) and the way out. */
export function ViewerBadge({ viewer, onSignOut }: ViewerBadgeProps) {
  const { accountRoleLabels, errorMessages, ui } = useTexts();
  const [signOut, setSignOut] = useState<SignOutState>({ status: 'idle' });
  const role = accountRoleLabels[viewer.role];
  const signOutNow = () => {
    if (signOut.status === 'busy') return;
    setSignOut({ status: 'busy' });
    // On success this component unmounts with the page; only a failure needs showing.
    onSignOut().catch((error: unknown) =>
      setSignOut({ status: 'failed', message: errorMessages[asApiError(error).code] }),
    );
  };
  return (
    <div className="viewer-badge" data-testid="viewer">
      <p className="viewer-badge__who">
        <span className="visually-hidden">{ui.viewer.signedInAs} </span>
        <strong data-testid="viewer-email">{viewer.email}</strong>
        <span className="viewer-badge__role" data-testid="viewer-role">
          {ui.viewer.roleAt(role, viewer.organisation?.name ?? null)}
        </span>
      </p>
      <button
        type="button"
        className="button button--quiet"
        onClick={signOutNow}
        aria-disabled={signOut.status === 'busy'}
        data-testid="sign-out"
      >
        {signOut.status === 'busy' ? ui.viewer.signingOut : ui.viewer.signOut}
      </button>
      {signOut.status === 'failed' && (
        <p className="viewer-badge__error" role="alert">
          {ui.viewer.signOutFailed} {signOut.message}
        </p>
      )}
    </div>
  );
}
