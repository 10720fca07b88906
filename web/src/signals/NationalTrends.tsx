import { lazy, Suspense, useId, useMemo } from 'react';
import { NATIONAL_SIGNAL_TRENDS_QUERY } from '../api/operations/signals';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { TrendTable } from './TrendTable';
import { kindsPresent, trendsByQuarter } from './trends';

// The charts library is only needed for Ingrado's chart: load it on first use, not with the app.
const TrendChart = lazy(() =>
  import('./TrendChart').then((module) => ({ default: module.TrendChart })),
);

/** Ingrado's national view: the signals of all regions per quarter, as a chart and a table. */
export function NationalTrends() {
  const { ui } = useTexts();
  const texts = ui.signals.national;
  const headingId = useId();
  const query = useQuery(NATIONAL_SIGNAL_TRENDS_QUERY, {});
  const trends = query.status === 'success' ? query.data.nationalSignalTrends : null;
  const rows = useMemo(() => (trends ? trendsByQuarter(trends) : []), [trends]);
  const kinds = useMemo(() => (trends ? kindsPresent(trends) : []), [trends]);
  return (
    <section className="national-trends" aria-labelledby={headingId} data-testid="national-trends">
      <h2 id={headingId}>{texts.heading}</h2>
      <p className="muted">{texts.intro}</p>
      {(query.status === 'idle' || query.status === 'loading') && (
        <StatusMessage kind="loading" message={texts.loading} />
      )}
      {query.status === 'error' && (
        <ErrorMessage title={texts.failed} error={query.error} onRetry={query.retry} />
      )}
      {trends && trends.length === 0 && <StatusMessage kind="empty" message={texts.empty} />}
      {trends && trends.length > 0 && (
        <>
          <Suspense fallback={<StatusMessage kind="loading" message={texts.loading} />}>
            <TrendChart rows={rows} kinds={kinds} />
          </Suspense>
          <TrendTable trends={trends} />
        </>
      )}
    </section>
  );
}
