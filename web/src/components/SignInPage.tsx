import type { Viewer } from '../api/operations/viewer';
import type { SignedOutNotice } from '../auth/session';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { ui } from '../i18n/nl';
import { AppHeader } from './AppHeader';
import { SignInForm } from './SignInForm';
import './SignInPage.css';

interface SignInPageProps {
  readonly email: string;
  readonly notice: SignedOutNotice | null;
  readonly onSignedIn: (viewer: Viewer) => void;
}

/** "Aanmelden": shown to anyone not signed in, the URL (and so the region) left as it was. */
export function SignInPage({ email, notice, onSignedIn }: SignInPageProps) {
  useDocumentTitle(ui.signIn.documentTitle);
  return (
    <>
      <AppHeader />
      <main className="app-main sign-in-page">
        <SignInForm initialEmail={email} notice={notice} onSignedIn={onSignedIn} />
      </main>
    </>
  );
}
