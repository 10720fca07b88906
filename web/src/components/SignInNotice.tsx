import type { SignedOutNotice } from '../auth/session';
import { failureMessage, type SignInFailure } from '../auth/signIn';
import { useTexts } from '../i18n/language';

interface SignInNoticeProps {
  /** Referenced by the fields' aria-describedby. */
  readonly id: string;
  readonly notice: SignedOutNotice | null;
  readonly failure: SignInFailure | null;
  /** Changes with every failed attempt, so a repeated message is a new alert, announced again. */
  readonly attempt: number;
}

/** Above the fields: why the last attempt failed, else why this page shows (session expired). */
export function SignInNotice({ id, notice, failure, attempt }: SignInNoticeProps) {
  const texts = useTexts();
  const { ui } = texts;
  if (failure) {
    return (
      <div
        key={attempt}
        id={id}
        className="sign-in-notice sign-in-notice--error"
        role="alert"
        data-testid="sign-in-error"
        data-reason={failure.reason}
      >
        <p className="sign-in-notice__title">{ui.signIn.failed}</p>
        <p>{failureMessage(failure, texts)}</p>
      </div>
    );
  }
  if (!notice) return null;
  return (
    <p
      id={id}
      className="sign-in-notice"
      role="status"
      data-testid="sign-in-notice"
      data-notice={notice}
    >
      {ui.signIn[notice]}
    </p>
  );
}
