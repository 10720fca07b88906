import { useTexts } from '../i18n/language';
import './StatusMessage.css';

export type StatusKind = 'loading' | 'empty' | 'error' | 'info';

interface StatusMessageProps {
  readonly kind: StatusKind;
  readonly message: string;
  readonly title?: string;
  readonly onRetry?: () => void;
  /** The ApiError code, exposed for tests and support. */
  readonly errorCode?: string;
}

export function StatusMessage({ kind, message, title, onRetry, errorCode }: StatusMessageProps) {
  const { ui } = useTexts();
  return (
    <div
      className={`status-message status-message--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid="status-message"
      data-status={kind}
      data-error-code={errorCode}
    >
      {title && <p className="status-message__title">{title}</p>}
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {ui.retry}
        </button>
      )}
    </div>
  );
}
