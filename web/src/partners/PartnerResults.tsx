import { useMemo, useState } from 'react';
import { PARTNER_FINDER_QUERY } from '../api/operations/partners';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { formatDay } from './format';
import { PartnerCard } from './PartnerCard';
import { PathPanel } from './PathPanel';
import type { PartnerRequest } from './request';

/** How many partners to ask for: a short list a person reads, not a directory. */
const PARTNER_LIMIT = 10;

/** The ranked partners for a request, and the path to the chosen one. */
export function PartnerResults({ request }: { readonly request: PartnerRequest | null }) {
  const { ui, needLabels } = useTexts();
  const variables = useMemo(
    () => (request ? { ...request, limit: PARTNER_LIMIT } : null),
    [request],
  );
  const query = useQuery(PARTNER_FINDER_QUERY, variables);
  const requestKey = JSON.stringify(variables);
  const [chosen, setChosen] = useState<{ key: string; rank: number } | null>(null);

  if (!request) return <StatusMessage kind="info" message={ui.partners.startHint} />;
  if (query.status === 'idle' || query.status === 'loading') {
    return <StatusMessage kind="loading" message={ui.partners.searching} />;
  }
  if (query.status === 'error') {
    return <ErrorMessage title={ui.partners.failed} error={query.error} onRetry={query.retry} />;
  }
  const result = query.data.partnerFinder;
  const municipality = result.municipality.name;
  const selected =
    chosen?.key === requestKey
      ? (result.partners.find((partner) => partner.rank === chosen.rank) ?? null)
      : null;
  return (
    <div className="partner-results" data-testid="partner-results">
      <h2>{ui.partners.resultsHeading(municipality)}</h2>
      {result.uncoveredNeeds.length > 0 && (
        <div data-testid="partner-uncovered">
          <StatusMessage
            kind="info"
            message={ui.partners.uncovered(
              result.uncoveredNeeds.map((need) => needLabels[need]).join(', '),
              municipality,
            )}
          />
        </div>
      )}
      {result.partners.length === 0 ? (
        <div data-testid="partner-no-results">
          <StatusMessage kind="empty" message={ui.partners.noResults(municipality)} />
        </div>
      ) : (
        <>
          <p className="muted" data-testid="partner-result-count">
            {ui.partners.resultCount(result.partners.length, formatDay(ui.locale, result.asOf))}
          </p>
          <div className="partner-results__layout">
            <ol className="plain-list partner-results__list">
              {result.partners.map((partner) => (
                <PartnerCard
                  key={partner.organisation.id}
                  suggestion={partner}
                  municipalityName={municipality}
                  hasAsker={result.asker !== null}
                  selected={partner === selected}
                  onSelect={() => setChosen({ key: requestKey, rank: partner.rank })}
                />
              ))}
            </ol>
            <PathPanel
              partners={result.partners}
              selected={selected}
              layoutKey={requestKey}
              onSelect={(rank) => setChosen({ key: requestKey, rank })}
            />
          </div>
        </>
      )}
    </div>
  );
}
