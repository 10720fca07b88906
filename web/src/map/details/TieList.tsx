import type { TieDetails } from '../../api/operations/tieFields';
import { KindSwatch } from '../../components/KindSwatch';
import { daysBetween, isFresh } from '../../domain/freshness';
import { compareDutch } from '../../i18n/compare';
import { useTexts } from '../../i18n/language';
import { ConfirmTieButton } from './ConfirmTieButton';

interface TieListProps {
  readonly ties: readonly TieDetails[];
  readonly drawnIds: ReadonlySet<string>;
  readonly asOf: string;
  readonly onSelect: (id: string) => void;
}

/** Each tie with its other end, kind, provenance and freshness, and a way to confirm it. */
export function TieList({ ties, drawnIds, asOf, onSelect }: TieListProps) {
  const { ui } = useTexts();
  if (ties.length === 0) return <p className="muted">{ui.details.noTies}</p>;
  const sorted = [...ties].sort((a, b) =>
    compareDutch(a.neighbour?.name ?? '', b.neighbour?.name ?? ''),
  );
  return (
    <ul className="plain-list" data-testid="details-ties">
      {sorted.map((tie) => (
        <TieItem key={tie.id} tie={tie} drawnIds={drawnIds} asOf={asOf} onSelect={onSelect} />
      ))}
    </ul>
  );
}

function TieItem({
  tie,
  drawnIds,
  asOf,
  onSelect,
}: Omit<TieListProps, 'ties'> & { tie: TieDetails }) {
  const { ui, tieKindLabels, roleLabels } = useTexts();
  const other = tie.neighbour;
  const dateFormat = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'long', timeZone: 'UTC' });
  const fresh = isFresh(tie.lastConfirmedAt, asOf);
  return (
    <li className="tie" data-tie-kind={tie.kind} data-tie-id={tie.id}>
      {other && (
        <button
          type="button"
          className="link-button"
          onClick={() => onSelect(other.id)}
          data-organisation-id={other.id}
        >
          {other.__typename === 'Organisation' && <KindSwatch kind={other.kind} />}
          {other.name}
        </button>
      )}
      {other?.__typename === 'Professional' && (
        <span className="muted"> · {roleLabels[other.role]}</span>
      )}
      {other && !drawnIds.has(other.id) && (
        <span className="muted"> {ui.details.outsideRegion}</span>
      )}
      <span className="tie__kind">
        {tieKindLabels[tie.kind]} · {ui.details.strength(tie.strength)}
      </span>
      <span className="tie__provenance">
        <span className={fresh ? 'tie__badge' : 'tie__badge tie__badge--stale'} data-fresh={fresh}>
          {fresh ? ui.details.fresh : ui.details.stale}
        </span>{' '}
        {tie.lastConfirmedAt
          ? ui.details.lastConfirmed(
              dateFormat.format(new Date(`${tie.lastConfirmedAt}T00:00:00Z`)),
              daysBetween(tie.lastConfirmedAt, asOf),
            )
          : ui.details.neverConfirmed}
        {tie.confirmedBy && `, ${ui.details.confirmedBy(tie.confirmedBy.name)}`}
      </span>
      {tie.assertedBy && (
        <span className="tie__provenance">{ui.details.assertedBy(tie.assertedBy)}</span>
      )}
      {tie.source && <span className="tie__provenance">{ui.details.source(tie.source)}</span>}
      <ConfirmTieButton tieId={tie.id} otherName={other?.name ?? ''} />
    </li>
  );
}
