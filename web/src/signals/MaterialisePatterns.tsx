import { useContext, useState } from 'react';
import { asApiError } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import { MATERIALISE_SIGNALS_MUTATION } from '../api/operations/signals';
import { SessionExpiryContext } from '../auth/sessionExpiry';
import { useTexts } from '../i18n/language';

type Outcome = { made: number } | { failure: string } | null;

/**
 * For the region's coordinator (and Ingrado): turns what the computed patterns flag now into
 * signals on the list, so they can go on an agenda like raised ones. Asking twice in a quarter
 * adds nothing; the answer says how many are new.
 */
export function MaterialisePatterns(props: {
  regionCode: string;
  /** New signals were made: the list should be loaded again. */
  onMade: () => void;
}) {
  const { ui, errorMessages } = useTexts();
  const texts = ui.signals.materialise;
  const sessionExpired = useContext(SessionExpiryContext);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const data = await graphqlRequest(MATERIALISE_SIGNALS_MUTATION, {
        regionCode: props.regionCode,
      });
      const answer = data.materialiseSignals;
      if ('data' in answer) {
        if (answer.data.length > 0) props.onMade();
        setOutcome({ made: answer.data.length });
      } else setOutcome({ failure: `${texts.failed} ${answer.message}` });
    } catch (error) {
      const { code } = asApiError(error);
      if (code === 'UNAUTHENTICATED') sessionExpired();
      setOutcome({ failure: `${texts.failed} ${errorMessages[code]}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="materialise-patterns" data-testid="materialise-patterns">
      <p className="muted">{texts.intro}</p>
      <button
        type="button"
        className="button"
        onClick={run}
        disabled={busy}
        data-testid="materialise-button"
      >
        {busy ? texts.busy : texts.button}
      </button>
      <p role="status" data-testid="materialise-outcome">
        {outcome && 'made' in outcome && texts.made(outcome.made)}
      </p>
      {outcome && 'failure' in outcome && (
        <p role="alert" className="signal-error" data-testid="materialise-failure">
          {outcome.failure}
        </p>
      )}
    </div>
  );
}
