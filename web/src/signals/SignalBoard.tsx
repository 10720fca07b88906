import { useCallback, useId, useMemo, useState } from 'react';
import type { RegionSummary } from '../api/operations/regions';
import { SIGNALS_QUERY, type Signal, type SignalStatus } from '../api/operations/signals';
import type { Viewer } from '../api/operations/viewer';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { MaterialisePatterns } from './MaterialisePatterns';
import { RaiseSignalForm } from './RaiseSignalForm';
import { SignalCard } from './SignalCard';
import { StatusTabs } from './StatusTabs';
import { managesRegion, type SignalActor } from './signalAccess';
import { mergeSignals, withStatus } from './signalList';

/** A region's signals: raise one, and follow each from open to closed, all on this page. */
export function SignalBoard({ region, viewer }: { region: RegionSummary; viewer: Viewer }) {
  const { ui } = useTexts();
  const texts = ui.signals.list;
  const headingId = useId();
  const query = useQuery(SIGNALS_QUERY, { regionCode: region.code });
  const [changes, setChanges] = useState<readonly Signal[]>([]);
  const [status, setStatus] = useState<SignalStatus | null>(null);
  const onChanged = useCallback((signal: Signal) => setChanges((list) => [...list, signal]), []);

  const data = query.status === 'success' ? query.data : null;
  const signals = useMemo(
    () =>
      data
        ? mergeSignals(
            data.signals.edges.map((edge) => edge.node),
            changes,
          )
        : null,
    [data, changes],
  );
  const actor: SignalActor = {
    role: viewer.role,
    regionCodes: viewer.regions.map((r) => r.code),
    professionalId: data?.viewer?.professional?.id ?? null,
  };
  const tables = data?.consultationTables.edges.map((edge) => edge.node) ?? [];
  const shown = signals ? withStatus(signals, status) : [];

  return (
    <section className="signal-board" aria-labelledby={headingId} data-testid="signal-board">
      <h2 id={headingId}>{texts.heading(region.name)}</h2>
      <RaiseSignalForm regionCode={region.code} onRaised={onChanged} />
      {managesRegion(actor, region.code) && (
        <MaterialisePatterns regionCode={region.code} onMade={query.retry} />
      )}
      {(query.status === 'idle' || query.status === 'loading') && (
        <StatusMessage kind="loading" message={texts.loading} />
      )}
      {query.status === 'error' && (
        <ErrorMessage title={texts.failed} error={query.error} onRetry={query.retry} />
      )}
      {signals && (
        <>
          <StatusTabs signals={signals} current={status} onChange={setStatus} />
          {shown.length === 0 ? (
            <p className="muted" data-testid="signal-list-empty">
              {signals.length === 0 ? texts.empty : texts.emptyStatus}
            </p>
          ) : (
            <ul className="plain-list signal-list" data-testid="signal-list">
              {shown.map((signal) => (
                <SignalCard
                  key={signal.id}
                  signal={signal}
                  actor={actor}
                  tables={tables}
                  onChanged={onChanged}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
