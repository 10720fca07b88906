import { useEffect, useState } from 'react';
import { SIGN_IN_OPTIONS_QUERY } from '../api/operations/signInOptions';
import type { Viewer } from '../api/operations/viewer';
import { setSearchParams } from '../app/url';
import type { SignedOutNotice } from '../auth/session';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { AppHeader } from './AppHeader';
import { SignInForm } from './SignInForm';
import './SignInPage.css';

// Signing in through the organisation's identity provider is a plain navigation to the server,
// which comes back to `/`, or to `/?aanmelden=mislukt` when it did not work.
const OIDC_LOGIN_PATH = '/auth/oidc/login';
const OIDC_FAILED_PARAM = 'aanmelden';
const OIDC_FAILED_VALUE = 'mislukt';
// The page's one grid stacks the blocks; they need a little room between them.
const STACKED = { rowGap: '1rem' } as const;

interface SignInPageProps {
  readonly email: string;
  readonly notice: SignedOutNotice | null;
  readonly onSignedIn: (viewer: Viewer) => void;
}

/** "Aanmelden": shown to anyone not signed in, the URL (and so the region) left as it was. */
export function SignInPage({ email, notice, onSignedIn }: SignInPageProps) {
  const { ui } = useTexts();
  useDocumentTitle(ui.signIn.documentTitle);
  const options = useQuery(SIGN_IN_OPTIONS_QUERY, {});
  // Not known (yet), or the question failed: the password form alone still works.
  const oidc = options.status === 'success' ? options.data.signInOptions.oidc : null;
  const oidcFailed = useOidcFailure();
  return (
    <>
      <AppHeader />
      <main className="app-main sign-in-page" style={STACKED}>
        {oidcFailed && (
          <div
            className="sign-in-form sign-in-notice sign-in-notice--error"
            role="alert"
            data-testid="sign-in-oidc-error"
          >
            <p className="sign-in-notice__title">{ui.signIn.failed}</p>
            <p>{ui.signIn.oidcFailed}</p>
          </div>
        )}
        {oidc && (
          <section className="sign-in-form">
            <p className="muted">{ui.signIn.oidcIntro}</p>
            <a className="button" href={OIDC_LOGIN_PATH} data-testid="sign-in-oidc">
              {ui.signIn.oidcButton(oidc.label)}
            </a>
          </section>
        )}
        <SignInForm initialEmail={email} notice={notice} onSignedIn={onSignedIn} />
      </main>
    </>
  );
}

/**
 * Whether the address says that signing in through the identity provider just failed. The
 * parameter is then taken out of the address, so that a reload does not say it again.
 */
function useOidcFailure(): boolean {
  const [failed] = useState(
    () => new URLSearchParams(window.location.search).get(OIDC_FAILED_PARAM) === OIDC_FAILED_VALUE,
  );
  useEffect(() => {
    if (failed) setSearchParams({ [OIDC_FAILED_PARAM]: null }, 'replace');
  }, [failed]);
  return failed;
}
