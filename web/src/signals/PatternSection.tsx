import { useId } from 'react';
import type { RegionSummary } from '../api/operations/regions';
import { SIGNAL_PATTERNS_QUERY } from '../api/operations/signal-patterns';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { CareSwitchPattern } from './patterns/CareSwitchPattern';
import { DemandPattern } from './patterns/DemandPattern';
import { PrecursorPattern } from './patterns/PrecursorPattern';
import { TransferDropoutPattern } from './patterns/TransferDropoutPattern';

/** The four computed patterns of a region, each with the numbers behind it. */
export function PatternSection({ region }: { readonly region: RegionSummary }) {
  const { ui } = useTexts();
  const texts = ui.signals.patterns;
  const headingId = useId();
  const query = useQuery(SIGNAL_PATTERNS_QUERY, { regionCode: region.code });
  const date = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <section className="signal-patterns" aria-labelledby={headingId} data-testid="signal-patterns">
      <h2 id={headingId}>{texts.heading(region.name)}</h2>
      {(query.status === 'idle' || query.status === 'loading') && (
        <StatusMessage kind="loading" message={texts.loading} />
      )}
      {query.status === 'error' && (
        <ErrorMessage title={texts.failed} error={query.error} onRetry={query.retry} />
      )}
      {query.status === 'success' && (
        <>
          <p className="muted">
            {texts.asOf(date.format(new Date(query.data.transferDropout.asOf)))} {texts.smallCounts}
          </p>
          <div className="signal-patterns__grid" data-testid="signal-patterns-loaded">
            <TransferDropoutPattern report={query.data.transferDropout} />
            <DemandPattern report={query.data.needDemand} />
            <CareSwitchPattern report={query.data.careSwitchDelays} />
            <PrecursorPattern report={query.data.dropoutPrecursors} />
          </div>
        </>
      )}
    </section>
  );
}
