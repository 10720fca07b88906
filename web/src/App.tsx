import { useCallback } from 'react';
import { AppShell } from './app/AppShell';
import { SessionExpiryContext } from './auth/sessionExpiry';
import { useSession } from './auth/useSession';
import { AppHeader } from './components/AppHeader';
import { ErrorMessage } from './components/ErrorMessage';
import { SignInPage } from './components/SignInPage';
import { StatusMessage } from './components/StatusMessage';
import { clearRegionParam } from './hooks/useRegionParam';
import { useTexts } from './i18n/language';

/**
 * Who is signed in decides the page: the sign-in form, or the app. A query that finds the
 * session gone sends the user back to the form; the URL stays, so they return to it after.
 */
export function App() {
  const { ui } = useTexts();
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
          <AppShell
            viewer={state.viewer}
            justSignedIn={state.viaForm}
            onSignOut={signOutAndForgetRegion}
          />
        </SessionExpiryContext.Provider>
      );
  }
}
