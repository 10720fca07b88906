import { useId, useMemo } from 'react';
import { KindSwatch, TypeSwatch } from '../components/KindSwatch';
import { TieSwatch } from '../components/TieSwatch';
import { legendContent } from '../domain/legend';
import type { MapGraph } from '../domain/mapGraph';
import { SECTOR_COLOURS } from '../graph/theme';
import { useTexts } from '../i18n/language';
import './Legend.css';

export function Legend({
  graph,
  showStale,
}: {
  readonly graph: MapGraph;
  readonly showStale: boolean;
}) {
  const { ui, organisationKindLabels, sectorLabels, tieKindLabels, nodeTypeLabels } = useTexts();
  const headingId = useId();
  const content = useMemo(() => legendContent(graph), [graph]);
  if (content.groups.length === 0 && content.otherTypes.length === 0) return null;
  return (
    <section className="legend" aria-labelledby={headingId} data-testid="legend">
      <h3 id={headingId}>{ui.legend.heading}</h3>
      <div className="legend__columns">
        <div>
          <h4>{ui.legend.organisations}</h4>
          {content.groups.map(({ sector, kinds }) => (
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
        <div>
          {content.tieKinds.length > 0 && <h4>{ui.legend.ties}</h4>}
          <ul className="legend__list legend__list--column">
            {content.tieKinds.map((kind) => (
              <li key={kind} data-tie-kind={kind}>
                <TieSwatch kind={kind} />
                {tieKindLabels[kind]}
              </li>
            ))}
            {showStale && (
              <li>
                <TieSwatch kind="FORMAL_AGREEMENT" faded />
                {ui.legend.stale}
              </li>
            )}
            {content.otherRelations && (
              <li>
                <TieSwatch kind={null} />
                {ui.legend.otherRelations}
              </li>
            )}
          </ul>
          {content.otherTypes.length > 0 && (
            <>
              <h4>{ui.legend.others}</h4>
              <ul className="legend__list legend__list--column">
                {content.otherTypes.map((type) => (
                  <li key={type} data-node-type={type}>
                    <TypeSwatch type={type} />
                    {nodeTypeLabels[type]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
