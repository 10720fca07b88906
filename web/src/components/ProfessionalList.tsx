import type { ProfessionalSummary } from '../api/operations/organisation';
import { sortByName } from '../i18n/compare';
import { useTexts } from '../i18n/language';

interface ProfessionalListProps {
  readonly professionals: readonly ProfessionalSummary[];
  /** Opens a professional's own details. */
  readonly onSelect: (id: string) => void;
}

export function ProfessionalList({ professionals, onSelect }: ProfessionalListProps) {
  const { ui } = useTexts();
  if (professionals.length === 0) return <p className="muted">{ui.details.noProfessionals}</p>;
  return (
    <ul className="plain-list" data-testid="details-professionals">
      {sortByName(professionals).map((professional) => (
        <li key={professional.id} className="professional">
          <button
            type="button"
            className="link-button professional__name"
            onClick={() => onSelect(professional.id)}
          >
            {professional.name}
          </button>
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
