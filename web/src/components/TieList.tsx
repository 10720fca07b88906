import type { OrganisationTieSummary } from '../api/operations/organisation';
import { compareDutch } from '../i18n/compare';
import { tieKindLabels, ui } from '../i18n/nl';
import { KindSwatch } from './KindSwatch';

interface TieListProps {
  readonly ties: readonly OrganisationTieSummary[];
  readonly drawnIds: ReadonlySet<string>;
  readonly onSelect: (id: string) => void;
}

export function TieList({ ties, drawnIds, onSelect }: TieListProps) {
  if (ties.length === 0) return <p className="muted">{ui.details.noTies}</p>;
  const sorted = [...ties].sort((a, b) => compareDutch(a.neighbour.name, b.neighbour.name));
  return (
    <ul className="plain-list" data-testid="details-ties">
      {sorted.map(({ id, kind, neighbour: organisation }) => (
        <li key={id} className="tie" data-tie-kind={kind}>
          <button
            type="button"
            className="link-button"
            onClick={() => onSelect(organisation.id)}
            data-organisation-id={organisation.id}
          >
            <KindSwatch kind={organisation.kind} />
            {organisation.name}
          </button>
          {!drawnIds.has(organisation.id) && (
            <span className="muted"> {ui.details.outsideRegion}</span>
          )}
          <span className="tie__kind">{tieKindLabels[kind]}</span>
        </li>
      ))}
    </ul>
  );
}
