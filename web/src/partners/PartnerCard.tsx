import type { PartnerSuggestion } from '../api/operations/partners';
import { KindSwatch } from '../components/KindSwatch';
import { useTexts } from '../i18n/language';
import { formatNumber } from './format';
import { PartnerReasons } from './PartnerReasons';
import { pathOf } from './paths';

interface PartnerCardProps {
  readonly suggestion: PartnerSuggestion;
  readonly municipalityName: string;
  readonly hasAsker: boolean;
  readonly selected: boolean;
  readonly onSelect: () => void;
}

/** One suggested partner: who, how well it fits and why, and whom to call. */
export function PartnerCard(props: PartnerCardProps) {
  const { ui, organisationKindLabels } = useTexts();
  const { suggestion, selected } = props;
  const { organisation, contact } = suggestion;
  const path = pathOf(suggestion);
  return (
    <li
      className={selected ? 'partner-card is-selected' : 'partner-card'}
      data-testid="partner-result"
      data-rank={suggestion.rank}
      data-path-steps={path?.steps ?? ''}
      data-highlighted={selected ? 'true' : 'false'}
    >
      <div className="partner-card__head">
        <span className="partner-card__rank" aria-hidden="true">
          {suggestion.rank}
        </span>
        <div>
          <h3>
            <button
              type="button"
              className="link-button"
              onClick={props.onSelect}
              aria-pressed={selected}
              aria-label={ui.partners.showPath(organisation.name)}
              data-testid="partner-select"
            >
              {organisation.name}
            </button>
          </h3>
          <p className="muted partner-card__kind">
            <KindSwatch kind={organisation.kind} />
            {organisationKindLabels[organisation.kind]} ·{' '}
            {ui.partners.score(formatNumber(ui.locale, suggestion.score))}
          </p>
        </div>
      </div>
      <p className="partner-card__contact" data-testid="partner-contact">
        <strong>{ui.partners.contact}:</strong>{' '}
        {contact ? (
          <>
            {contact.name} ({contact.roleLabel})
            {contact.email && (
              <>
                {' — '}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            )}
          </>
        ) : (
          ui.partners.noContact
        )}
      </p>
      <PartnerReasons
        reasons={suggestion.reasons}
        municipalityName={props.municipalityName}
        hasAsker={props.hasAsker}
      />
    </li>
  );
}
