import type { ProfessionalSummary } from '../api/operations/organisation';
import { sortByName } from '../i18n/compare';
import { ui } from '../i18n/nl';

export function ProfessionalList({
  professionals,
}: {
  readonly professionals: readonly ProfessionalSummary[];
}) {
  if (professionals.length === 0) return <p className="muted">{ui.details.noProfessionals}</p>;
  return (
    <ul className="plain-list" data-testid="details-professionals">
      {sortByName(professionals).map((professional) => (
        <li key={professional.id} className="professional">
          <span className="professional__name">{professional.name}</span>
          <span className="professional__role">{professional.roleLabel}</span>
          {professional.email ? (
            <a href={`mailto:${professional.email}`}>{professional.email}</a>
          ) : (
            <span className="muted">{ui.details.noEmail}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
