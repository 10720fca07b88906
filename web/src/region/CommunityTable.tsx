import { useId } from 'react';
import type { NetworkCommunity } from '../api/operations/region-overview';
import { useTexts } from '../i18n/language';

/** The largest communities (Louvain) with their size and sectors; the rest are counted only. */
export function CommunityTable(props: {
  readonly total: number;
  readonly communities: readonly NetworkCommunity[];
}) {
  const { ui } = useTexts();
  const headingId = useId();
  const texts = ui.region.metrics;
  return (
    <section className="region-block" aria-labelledby={headingId} data-testid="communities">
      <h3 id={headingId}>{texts.communitiesHeading(props.total)}</h3>
      <table className="region-table">
        <caption className="visually-hidden">{texts.communitiesHeading(props.total)}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.region.measures.communityCount}</th>
            <th scope="col" className="numeric">
              {texts.size}
            </th>
            <th scope="col">{texts.sectors}</th>
          </tr>
        </thead>
        <tbody>
          {props.communities.map((community) => (
            <tr key={community.number}>
              <th scope="row">{texts.community(community.number)}</th>
              <td className="numeric">{community.size}</td>
              <td>{community.sectors.map((sector) => ui.gaps.sector[sector]).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
