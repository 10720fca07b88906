import { ORGANISATION_QUERY } from '../../api/operations/organisation';
import { KindSwatch } from '../../components/KindSwatch';
import { ProfessionalList } from '../../components/ProfessionalList';
import { useQuery } from '../../hooks/useQuery';
import { sortByName } from '../../i18n/compare';
import { useTexts } from '../../i18n/language';
import { DetailsFrame, type DetailsViewProps } from './DetailsFrame';
import { TieList } from './TieList';

export function OrganisationDetailsView(props: DetailsViewProps) {
  const { ui, organisationKindLabels } = useTexts();
  const query = useQuery(ORGANISATION_QUERY, { id: props.nodeId });
  const organisation = query.status === 'success' ? query.data.organisation : null;
  return (
    <DetailsFrame
      {...props}
      query={query}
      record={organisation}
      name={organisation?.name}
      failedMessage={ui.status.organisationFailed}
    >
      {(record) => (
        <div className="details-panel__body">
          <p className="details-panel__kind" data-kind={record.kind}>
            <span className="visually-hidden">{ui.details.kind}: </span>
            <KindSwatch kind={record.kind} />
            {organisationKindLabels[record.kind]}
          </p>
          <section>
            <h3>{ui.details.municipalities}</h3>
            {record.municipalities.length === 0 ? (
              <p className="muted">{ui.details.noMunicipalities}</p>
            ) : (
              <p data-testid="details-municipalities">
                {sortByName(record.municipalities)
                  .map((m) => m.name)
                  .join(', ')}
              </p>
            )}
          </section>
          <section>
            <h3>
              {ui.details.professionals}{' '}
              <span className="muted">({record.professionals.length})</span>
            </h3>
            <ProfessionalList professionals={record.professionals} onSelect={props.onSelect} />
          </section>
          <section>
            <h3>
              {ui.details.ties} <span className="muted">({record.ties.length})</span>
            </h3>
            <TieList
              ties={record.ties}
              drawnIds={props.drawnIds}
              asOf={props.asOf}
              onSelect={props.onSelect}
            />
          </section>
        </div>
      )}
    </DetailsFrame>
  );
}
