import { useCallback } from 'react';
import { SessionExpiryContext } from './auth/sessionExpiry';
import { useSession } from './auth/useSession';
import { AppHeader } from './components/AppHeader';
import { ErrorMessage } from './components/ErrorMessage';
import { NetworkPage } from './components/NetworkPage';
import { SignInPage } from './components/SignInPage';
import { StatusMessage } from './components/StatusMessage';
import { clearRegionParam } from './hooks/useRegionParam';
import { ui } from './i18n/nl';

/**
 * Who is signed in decides the page: the sign-in form, or the Netwerkkaart. A query that finds
 * the session gone sends the user back to the form; the URL stays, so they return to it after.
 */
export function App() {
  const { state, retry, signedIn, signOut, expired } = useSession();
  const signOutAndForgetRegion = useCallback(async () => {
    await signOut();
    clearRegionParam();
  }, [signOut]);

  switch (state.status) {
    case 'checking':
    case 'unavailable':
      return (
        <>
          <AppHeader />
          <main className="app-main">
            {state.status === 'checking' ? (
              <StatusMessage kind="loading" message={ui.session.checking} />
            ) : (
              <ErrorMessage title={ui.session.unavailable} error={state.error} onRetry={retry} />
            )}
          </main>
        </>
      );
    case 'signedOut':
      return <SignInPage email={state.email} notice={state.notice} onSignedIn={signedIn} />;
    case 'signedIn':
      return (
        <SessionExpiryContext.Provider value={expired}>
          <NetworkPage
            viewer={state.viewer}
            justSignedIn={state.viaForm}
            onSignOut={signOutAndForgetRegion}
          />
        </SessionExpiryContext.Provider>
      );
  }
}
