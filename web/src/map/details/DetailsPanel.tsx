import { useId, useRef } from 'react';
import { typeOfGlobalId } from '../../domain/globalId';
import { useEscapeKey } from '../../hooks/useEscapeKey';
import { useFocusOnOpen } from '../../hooks/useFocusOnOpen';
import { useTexts } from '../../i18n/language';
import { OrganisationDetailsView } from './OrganisationDetailsView';
import { ProfessionalDetailsView } from './ProfessionalDetailsView';
import './DetailsPanel.css';

export interface DetailsActions {
  /** Ids drawn on the map; ties to others are marked as not on the map. */
  readonly drawnIds: ReadonlySet<string>;
  readonly asOf: string;
  readonly onSelect: (id: string) => void;
  readonly onFocus: (id: string) => void;
  readonly onExpand: (id: string) => void;
}

interface DetailsPanelProps extends DetailsActions {
  readonly nodeId: string;
  readonly onClose: () => void;
}

/** Mount with `key={nodeId}` so focus moves to each newly opened organisation or person. */
export function DetailsPanel({ nodeId, onClose, ...actions }: DetailsPanelProps) {
  const { ui } = useTexts();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEscapeKey(onClose);
  useFocusOnOpen(panelRef, headingRef);
  const type = typeOfGlobalId(nodeId);
  const close = (
    <button
      type="button"
      className="button button--quiet"
      onClick={onClose}
      title={ui.details.closeHint}
      data-testid="details-close"
    >
      {ui.details.close}
    </button>
  );
  const view = { nodeId, headingId, headingRef, close, ...actions };
  return (
    <aside
      ref={panelRef}
      className="details-panel"
      aria-labelledby={headingId}
      data-testid="details-panel"
      data-organisation-id={nodeId}
      data-node-type={type ?? 'unknown'}
    >
      {type === 'Professional' ? (
        <ProfessionalDetailsView {...view} />
      ) : (
        <OrganisationDetailsView {...view} />
      )}
    </aside>
  );
}
