import { useId, useRef } from 'react';
import { ORGANISATION_QUERY } from '../api/operations/organisation';
import { useEscapeKey } from '../hooks/useEscapeKey';
import { useFocusOnOpen } from '../hooks/useFocusOnOpen';
import { useQuery } from '../hooks/useQuery';
import { ui } from '../i18n/nl';
import { ErrorMessage } from './ErrorMessage';
import { OrganisationDetailsView } from './OrganisationDetailsView';
import { StatusMessage } from './StatusMessage';
import './DetailsPanel.css';

interface DetailsPanelProps {
  readonly organisationId: string;
  /** Ids drawn on the map; ties to other organisations are marked as outside the region. */
  readonly drawnIds: ReadonlySet<string>;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
}

/** Mount with `key={organisationId}` so focus moves to each newly opened organisation. */
export function DetailsPanel({ organisationId, drawnIds, onSelect, onClose }: DetailsPanelProps) {
  const query = useQuery(ORGANISATION_QUERY, { id: organisationId });
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEscapeKey(onClose);
  useFocusOnOpen(panelRef, headingRef);

  const organisation = query.status === 'success' ? query.data.organisation : null;
  return (
    <aside
      ref={panelRef}
      className="details-panel"
      aria-labelledby={headingId}
      data-testid="details-panel"
      data-organisation-id={organisationId}
      data-state={query.status}
    >
      <div className="details-panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {organisation?.name ?? ui.status.loadingOrganisation}
        </h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={onClose}
          title={ui.details.closeHint}
          data-testid="details-close"
        >
          {ui.details.close}
        </button>
      </div>
      {query.status === 'error' && (
        <ErrorMessage
          title={ui.status.organisationFailed}
          error={query.error}
          onRetry={query.retry}
        />
      )}
      {query.status === 'success' && organisation === null && (
        <StatusMessage kind="info" message={ui.status.organisationFailed} />
      )}
      {organisation && (
        <OrganisationDetailsView
          organisation={organisation}
          drawnIds={drawnIds}
          onSelect={onSelect}
        />
      )}
    </aside>
  );
}
