import type { OrganisationDetails } from '../api/operations/organisation';
import { sortByName } from '../i18n/compare';
import { organisationKindLabels, ui } from '../i18n/nl';
import { KindSwatch } from './KindSwatch';
import { ProfessionalList } from './ProfessionalList';
import { TieList } from './TieList';

interface OrganisationDetailsViewProps {
  readonly organisation: OrganisationDetails;
  readonly drawnIds: ReadonlySet<string>;
  readonly onSelect: (id: string) => void;
}

export function OrganisationDetailsView({
  organisation,
  drawnIds,
  onSelect,
}: OrganisationDetailsViewProps) {
  const municipalities = sortByName(organisation.municipalities);
  return (
    <div className="details-panel__body">
      <p className="details-panel__kind" data-kind={organisation.kind}>
        <span className="visually-hidden">{ui.details.kind}: </span>
        <KindSwatch kind={organisation.kind} />
        {organisationKindLabels[organisation.kind]}
      </p>
      <section>
        <h3>{ui.details.municipalities}</h3>
        {municipalities.length === 0 ? (
          <p className="muted">{ui.details.noMunicipalities}</p>
        ) : (
          <p data-testid="details-municipalities">{municipalities.map((m) => m.name).join(', ')}</p>
        )}
      </section>
      <section>
        <h3>
          {ui.details.professionals}{' '}
          <span className="muted">({organisation.professionals.length})</span>
        </h3>
        <ProfessionalList professionals={organisation.professionals} />
      </section>
      <section>
        <h3>
          {ui.details.ties} <span className="muted">({organisation.ties.length})</span>
        </h3>
        <TieList ties={organisation.ties} drawnIds={drawnIds} onSelect={onSelect} />
      </section>
    </div>
  );
}
