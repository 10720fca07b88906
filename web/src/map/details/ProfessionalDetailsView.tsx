import { PROFESSIONAL_QUERY } from '../../api/operations/professional';
import { KindSwatch } from '../../components/KindSwatch';
import { useQuery } from '../../hooks/useQuery';
import { useTexts } from '../../i18n/language';
import { DetailsFrame, type DetailsViewProps } from './DetailsFrame';
import { TieList } from './TieList';

export function ProfessionalDetailsView(props: DetailsViewProps) {
  const { ui, roleLabels } = useTexts();
  const query = useQuery(PROFESSIONAL_QUERY, { id: props.nodeId });
  const professional = query.status === 'success' ? query.data.professional : null;
  return (
    <DetailsFrame
      {...props}
      query={query}
      record={professional}
      name={professional?.name}
      failedMessage={ui.status.professionalFailed}
    >
      {(record) => (
        <div className="details-panel__body">
          <p className="details-panel__kind">
            <span className="visually-hidden">{ui.details.role}: </span>
            {roleLabels[record.role]}
          </p>
          {record.organisation && (
            <section>
              <h3>{ui.details.worksAt}</h3>
              <button
                type="button"
                className="link-button"
                onClick={() => record.organisation && props.onSelect(record.organisation.id)}
              >
                <KindSwatch kind={record.organisation.kind} />
                {record.organisation.name}
              </button>
            </section>
          )}
          <section>
            {record.email ? (
              <a href={`mailto:${record.email}`}>{record.email}</a>
            ) : (
              <span className="muted">{ui.details.noEmail}</span>
            )}
            {record.phone && <p>{record.phone}</p>}
          </section>
          {record.expertise.length > 0 && (
            <section>
              <h3>{ui.details.expertise}</h3>
              <p>{record.expertise.join(', ').toLowerCase().replaceAll('_', ' ')}</p>
            </section>
          )}
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
