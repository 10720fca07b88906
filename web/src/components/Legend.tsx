import { useId, useMemo } from 'react';
import type { NetworkGraph } from '../api/operations/regionNetwork';
import { legendContent } from '../domain/legend';
import { SECTOR_COLOURS } from '../graph/theme';
import { organisationKindLabels, sectorLabels, tieKindLabels, ui } from '../i18n/nl';
import { KindSwatch } from './KindSwatch';
import { TieSwatch } from './TieSwatch';
import './Legend.css';

export function Legend({ network }: { readonly network: NetworkGraph }) {
  const headingId = useId();
  const { groups, tieKinds } = useMemo(() => legendContent(network), [network]);
  if (groups.length === 0) return null;
  return (
    <section className="legend" aria-labelledby={headingId} data-testid="legend">
      <h3 id={headingId}>{ui.legend.heading}</h3>
      <div className="legend__columns">
        <div>
          <h4>{ui.legend.organisations}</h4>
          {groups.map(({ sector, kinds }) => (
            <div key={sector} className="legend__group">
              <p className="legend__sector" style={{ borderColor: SECTOR_COLOURS[sector] }}>
                {sectorLabels[sector]}
              </p>
              <ul className="legend__list">
                {kinds.map(({ kind, count }) => (
                  <li key={kind} data-kind={kind}>
                    <KindSwatch kind={kind} />
                    {organisationKindLabels[kind]}
                    <span className="muted">{ui.legend.kindCount(count)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        {tieKinds.length > 0 && (
          <div>
            <h4>{ui.legend.ties}</h4>
            <ul className="legend__list">
              {tieKinds.map((kind) => (
                <li key={kind} data-tie-kind={kind}>
                  <TieSwatch kind={kind} />
                  {tieKindLabels[kind]}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
