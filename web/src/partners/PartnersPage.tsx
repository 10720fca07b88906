import { useMemo, useState } from 'react';
import { REGIONS_QUERY } from '../api/operations/regions';
import type { Viewer } from '../api/operations/viewer';
import { setSearchParams, useSearchParam } from '../app/url';
import { preferredRegionCode } from '../auth/preferredRegion';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useRegionParam } from '../hooks/useRegionParam';
import { sortByName } from '../i18n/compare';
import { useTexts } from '../i18n/language';
import { PartnerResults } from './PartnerResults';
import { PartnerSearchForm } from './PartnerSearchForm';
import { PeersPanel } from './PeersPanel';
import { MUNICIPALITY_PARAM, NEEDS_PARAM, requestFrom, requestParams } from './request';
import { type TabId, Tabs } from './Tabs';
import './PartnersPage.css';

/**
 * Partner zoeken: needs and a municipality in, partners out (ranked, with their reasons and the
 * path to each), and colleagues in the same role elsewhere who handled similar cases.
 */
export function PartnersPage({ viewer }: { readonly viewer: Viewer }) {
  const { ui } = useTexts();
  const regionsQuery = useQuery(REGIONS_QUERY, {});
  const data = regionsQuery.status === 'success' ? regionsQuery.data : null;
  const regions = useMemo(() => (data ? sortByName(data.regions) : null), [data]);
  const codes = useMemo(() => regions?.map((region) => region.code) ?? null, [regions]);
  const [regionCode, selectRegion] = useRegionParam(codes, preferredRegionCode(viewer));
  const needsParam = useSearchParam(NEEDS_PARAM);
  const municipalityParam = useSearchParam(MUNICIPALITY_PARAM);
  const request = useMemo(
    () => requestFrom(needsParam, municipalityParam),
    [needsParam, municipalityParam],
  );
  const [tab, setTab] = useState<TabId>('partners');

  if (regionsQuery.status === 'idle' || regionsQuery.status === 'loading') {
    return <StatusMessage kind="loading" message={ui.status.loadingRegions} />;
  }
  if (regionsQuery.status === 'error') {
    return (
      <ErrorMessage
        title={ui.status.regionsFailed}
        error={regionsQuery.error}
        onRetry={regionsQuery.retry}
      />
    );
  }
  if (!regions || regions.length === 0 || !regionCode) {
    return <StatusMessage kind="empty" message={ui.status.noRegions} />;
  }
  return (
    <div className="partners-page" data-testid="partners-page">
      <p className="partners-page__intro">{ui.partners.intro}</p>
      <PartnerSearchForm
        regions={regions}
        regionCode={regionCode}
        onRegion={selectRegion}
        request={request}
        onSubmit={(next) => setSearchParams(requestParams(next))}
      />
      <Tabs
        label={ui.partners.tabsLabel}
        current={tab}
        onChange={setTab}
        tabs={{ partners: ui.partners.tabPartners, peers: ui.partners.tabPeers }}
      >
        {tab === 'partners' ? (
          <PartnerResults request={request} />
        ) : (
          <PeersPanel request={request} />
        )}
      </Tabs>
    </div>
  );
}
