import type { ReactNode, RefObject } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import type { QueryResult } from '../../hooks/useQuery';
import { useTexts } from '../../i18n/language';
import type { DetailsActions } from './DetailsPanel';

export interface DetailsViewProps extends DetailsActions {
  readonly nodeId: string;
  readonly headingId: string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly close: ReactNode;
}

interface DetailsFrameProps<T> extends DetailsViewProps {
  readonly query: QueryResult<unknown>;
  readonly record: T | null;
  readonly name: string | undefined;
  readonly failedMessage: string;
  readonly children: (record: T) => ReactNode;
}

/** Heading, close button, actions and the loading / failed states every details view shares. */
export function DetailsFrame<T>(props: DetailsFrameProps<T>) {
  const { ui } = useTexts();
  const { query, record, nodeId } = props;
  return (
    <div data-state={query.status} data-testid="details-body">
      <div className="details-panel__header">
        <h2 id={props.headingId} ref={props.headingRef} tabIndex={-1}>
          {props.name ?? ui.status.loadingOrganisation}
        </h2>
        {props.close}
      </div>
      {query.status === 'error' && (
        <ErrorMessage title={props.failedMessage} error={query.error} onRetry={query.retry} />
      )}
      {query.status === 'success' && record === null && (
        <StatusMessage kind="info" message={props.failedMessage} />
      )}
      {record && (
        <>
          <div className="details-panel__actions">
            <button
              type="button"
              className="button"
              onClick={() => props.onFocus(nodeId)}
              data-testid="details-focus"
            >
              {ui.details.focus}
            </button>
            {props.drawnIds.has(nodeId) && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => props.onExpand(nodeId)}
                data-testid="details-expand"
              >
                {ui.details.expand}
              </button>
            )}
          </div>
          {props.children(record)}
        </>
      )}
    </div>
  );
}
