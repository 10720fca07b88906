import { type FormEvent, useId, useRef, useState } from 'react';
import type { Viewer } from '../api/operations/viewer';
import type { SignedOutNotice } from '../auth/session';
import { checkCredentials, fieldOf, type SignInFailure, signIn } from '../auth/signIn';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useTexts } from '../i18n/language';
import { SignInNotice } from './SignInNotice';

interface SignInFormProps {
  /** Filled in already after an expired session; focus then starts on the password. */
  readonly initialEmail: string;
  readonly notice: SignedOutNotice | null;
  readonly onSignedIn: (viewer: Viewer) => void;
}

interface Failed {
  readonly failure: SignInFailure;
  /** Counts attempts, so the same message twice is announced twice. */
  readonly attempt: number;
}

/** E-mail and password. On failure the e-mail stays; only the password is cleared. */
export function SignInForm({ initialEmail, notice, onSignedIn }: SignInFormProps) {
  const { ui } = useTexts();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<Failed | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const messageId = useId();
  useFocusOnMount(initialEmail ? passwordRef : emailRef);

  const fail = (failure: SignInFailure, clearPassword: boolean) => {
    setFailed((previous) => ({ failure, attempt: (previous?.attempt ?? 0) + 1 }));
    if (clearPassword) setPassword('');
    (fieldOf(failure) === 'email' ? emailRef : passwordRef).current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problem = checkCredentials(email, password);
    if (problem) return fail(problem, false);
    setBusy(true);
    const outcome = await signIn(email, password);
    if (outcome.ok) return onSignedIn(outcome.viewer); // this form unmounts
    setBusy(false);
    fail(outcome.failure, true);
  };

  // A locked account or an unreachable API is nobody's typing error.
  const reason = failed?.failure.reason;
  const invalidField =
    failed && reason !== 'api' && reason !== 'locked' ? fieldOf(failed.failure) : null;
  const describedBy = failed || notice ? messageId : undefined;
  return (
    <form
      className="sign-in-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      aria-busy={busy}
      data-testid="sign-in-form"
    >
      <h1 id={headingId}>{ui.signIn.heading}</h1>
      <p className="muted">{ui.signIn.intro}</p>
      <SignInNotice
        id={messageId}
        notice={notice}
        failure={failed?.failure ?? null}
        attempt={failed?.attempt ?? 0}
      />
      <div className="sign-in-form__field">
        <label htmlFor={`${headingId}-email`}>{ui.signIn.email}</label>
        <input
          ref={emailRef}
          id={`${headingId}-email`}
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={invalidField === 'email' || undefined}
          aria-describedby={describedBy}
          data-testid="sign-in-email"
        />
      </div>
      <div className="sign-in-form__field">
        <label htmlFor={`${headingId}-password`}>{ui.signIn.password}</label>
        <input
          ref={passwordRef}
          id={`${headingId}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={invalidField === 'password' || undefined}
          aria-describedby={describedBy}
          data-testid="sign-in-password"
        />
      </div>
      <button type="submit" className="button" aria-disabled={busy} data-testid="sign-in-submit">
        {busy ? ui.signIn.submitting : ui.signIn.submit}
      </button>
    </form>
  );
}
