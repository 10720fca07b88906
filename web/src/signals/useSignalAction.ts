import { useCallback, useContext, useState } from 'react';
import type { Signal } from '../api/operations/signals';
import { SessionExpiryContext } from '../auth/sessionExpiry';
import { useTexts } from '../i18n/language';
import type { MutationResult } from './mutateSignal';

export interface SignalAction {
  readonly busy: boolean;
  /** Why the last attempt failed, in plain Dutch; null after a success. */
  readonly failure: string | null;
  /** Runs a mutation (its signal then goes to `onChanged`); null when one is running already. */
  readonly run: (mutation: () => Promise<MutationResult>) => Promise<MutationResult | null>;
}

/**
 * A change to a signal from this page: busy while it runs (a second click does nothing), the
 * changed signal handed to `onChanged` so the list shows it at once, a failure explained.
 */
export function useSignalAction(onChanged: (signal: Signal) => void): SignalAction {
  const { ui, errorMessages } = useTexts();
  const texts = ui.signals.failures;
  const sessionExpired = useContext(SessionExpiryContext);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MutationResult | null>(null);

  const run = useCallback(
    async (mutation: () => Promise<MutationResult>) => {
      if (busy) return null;
      setBusy(true);
      const outcome = await mutation();
      setBusy(false);
      if (outcome.ok) {
        setResult(null);
        onChanged(outcome.signal);
        return outcome;
      }
      if (outcome.code === 'UNAUTHENTICATED') sessionExpired();
      setResult(outcome);
      return outcome;
    },
    [busy, onChanged, sessionExpired],
  );

  let failure: string | null = null;
  if (result && !result.ok) {
    failure =
      result.code === 'OTHER'
        ? `${texts.OTHER} ${errorMessages[result.apiCode ?? 'UNKNOWN']}`
        : texts[result.code];
  }
  return { busy, failure, run };
}
