import { useId, useMemo, useRef } from 'react';
import { CASE_JOURNEY_QUERY } from '../api/operations/handover-analyses';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useEscapeKey } from '../hooks/useEscapeKey';
import { useFocusOnMount } from '../hooks/useFocusOnMount';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { journeyGraph } from './flowGraph';
import { StyledNetwork } from './StyledNetwork';

/** One case's journey, for a case the viewer may read: its path drawn, and its handovers in order. */
export function CaseJourney(props: { readonly caseId: string; readonly onClose: () => void }) {
  const { ui } = useTexts();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  useEscapeKey(props.onClose);
  const query = useQuery(CASE_JOURNEY_QUERY, { caseId: props.caseId });
  const journey = query.status === 'success' ? query.data.caseJourney : null;
  const drawing = useMemo(() => (journey ? journeyGraph(journey) : null), [journey]);
  const date = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string | null) => (iso ? date.format(new Date(iso)) : null);

  return (
    <section className="journey" aria-labelledby={headingId} data-testid="case-journey">
      <div className="journey__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {journey
            ? ui.handovers.journeyHeading(
                ui.handovers.caseKinds[journey.case.kind],
                journey.case.municipality.name,
              )
            : ui.handovers.journey}
        </h2>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          {ui.handovers.closeJourney}
        </button>
      </div>
      {(query.status === 'loading' || query.status === 'idle') && (
        <StatusMessage kind="loading" message={ui.handovers.journeyLoading} />
      )}
      {query.status === 'error' && (
        <ErrorMessage
          title={ui.handovers.journeyFailed}
          error={query.error}
          onRetry={query.retry}
        />
      )}
      {query.status === 'success' && !journey && (
        <StatusMessage kind="empty" message={ui.handovers.journeyMissing} />
      )}
      {journey && drawing && (
        <div className="journey__body">
          <StyledNetwork
            drawing={drawing}
            layoutKey={`journey:${props.caseId}`}
            label={ui.handovers.journeyLabel(
              drawing.graph.nodes.length,
              drawing.graph.edges.length,
            )}
            selectedId={null}
            onSelectNode={() => {}}
          />
          <div>
            <p className="muted">{ui.handovers.journeyLegend}</p>
            <ol className="journey__timeline" data-testid="journey-timeline">
              {journey.handovers.map((handover) => (
                <li key={handover.id}>
                  <strong>{day(handover.requestedAt)}</strong>{' '}
                  {ui.handovers.fromTo(handover.from.name, handover.to.name)}
                  <br />
                  <span className="muted">
                    {ui.handovers.reasons[handover.reason]}
                    {handover.warm ? `, ${ui.handovers.warm}` : ''} ·{' '}
                    {ui.handovers.statusLine(
                      ui.handovers.statuses[handover.status],
                      day(handover.acceptedAt ?? handover.declinedAt ?? handover.completedAt),
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
