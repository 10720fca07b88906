import type { ApiError } from '../api/ApiError';
import { useTexts } from '../i18n/language';
import { StatusMessage } from './StatusMessage';

interface ErrorMessageProps {
  readonly title: string;
  readonly error: ApiError;
  readonly onRetry: () => void;
}

/** An API failure in plain Dutch, with a retry button. */
export function ErrorMessage({ title, error, onRetry }: ErrorMessageProps) {
  const { errorMessages } = useTexts();
  return (
    <StatusMessage
      kind="error"
      title={title}
      message={errorMessages[error.code]}
      onRetry={onRetry}
      errorCode={error.code}
    />
  );
}
