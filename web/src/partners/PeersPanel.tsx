import { useId, useMemo } from 'react';
import { CASE_KINDS, PEERS_QUERY, type Peer, type PeersData } from '../api/operations/partners';
import { setSearchParams, useSearchParam } from '../app/url';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { type QueryResult, useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { formatNumber } from './format';
import { CASE_KIND_PARAM, caseKindFrom, type PartnerRequest } from './request';

const PEER_LIMIT = 10;

/** Colleagues in the viewer's role elsewhere who handled cases like this: counts, never cases. */
export function PeersPanel({ request }: { readonly request: PartnerRequest | null }) {
  const { ui, caseKindLabels } = useTexts();
  const t = ui.partners.peers;
  const kindId = useId();
  const caseKind = caseKindFrom(useSearchParam(CASE_KIND_PARAM));
  const variables = useMemo(
    () => (request ? { ...request, caseKind, limit: PEER_LIMIT } : null),
    [request, caseKind],
  );
  const query = useQuery(PEERS_QUERY, variables);
  if (!request) return <StatusMessage kind="info" message={ui.partners.startHint} />;
  return (
    <div className="peers-panel" data-testid="peers-panel">
      <div className="field">
        <label className="field__label" htmlFor={kindId}>
          {t.caseKind}
        </label>
        <select
          id={kindId}
          className="field__control"
          value={caseKind}
          onChange={(event) => setSearchParams({ [CASE_KIND_PARAM]: event.target.value })}
          data-testid="peers-case-kind"
        >
          {CASE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {caseKindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      <PeersBody query={query} />
    </div>
  );
}

function PeersBody({ query }: { readonly query: QueryResult<PeersData> }) {
  const { ui } = useTexts();
  const t = ui.partners.peers;
  if (query.status === 'idle' || query.status === 'loading') {
    return <StatusMessage kind="loading" message={t.loading} />;
  }
  if (query.status === 'error') {
    // Without a professional behind the account there is no role to compare with.
    if (query.error.code === 'VALIDATION_FAILED') {
      return <StatusMessage kind="info" message={t.noRole} />;
    }
    return <ErrorMessage title={t.failed} error={query.error} onRetry={query.retry} />;
  }
  const { peers, municipality } = query.data;
  return (
    <>
      <p className="muted">{t.intro(municipality?.name ?? '…')}</p>
      {peers.length === 0 ? (
        <div data-testid="peers-none">
          <StatusMessage kind="empty" message={t.none} />
        </div>
      ) : (
        <PeersTable peers={peers} />
      )}
    </>
  );
}

function PeersTable({ peers }: { readonly peers: readonly Peer[] }) {
  const { ui, needLabels } = useTexts();
  const t = ui.partners.peers;
  return (
    <div className="node-table__scroll">
      <table className="peers-table" data-testid="peers-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.organisation}</th>
            <th scope="col" className="numeric">
              {t.similarCases}
            </th>
            <th scope="col">{t.sharedNeeds}</th>
            <th scope="col" className="numeric">
              {t.similarity}
            </th>
          </tr>
        </thead>
        <tbody>
          {peers.map((peer) => (
            <tr key={peer.professional.id} data-testid="peer-row">
              <th scope="row">
                {peer.professional.name}{' '}
                <span className="muted">({peer.professional.roleLabel})</span>
                {peer.professional.email && (
                  <>
                    <br />
                    <a href={`mailto:${peer.professional.email}`}>{peer.professional.email}</a>
                  </>
                )}
              </th>
              <td>{peer.organisation.name}</td>
              <td className="numeric">{peer.similarCases.shown}</td>
              <td>
                {peer.sharedNeeds
                  .map(({ need, cases }) => `${needLabels[need]}: ${cases.shown}`)
                  .join('; ')}
              </td>
              <td className="numeric">
                {peer.similarity === null
                  ? ui.partners.notShown
                  : formatNumber(ui.locale, peer.similarity, 2)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
