import { useId } from 'react';
import type { GapFindingsData } from '../api/operations/gaps';
import { useTexts } from '../i18n/language';
import { type GapMark, markOrganisations, markSinglePoint } from './gapGraph';

interface StructureListsProps {
  readonly structure: GapFindingsData['networkStructure'];
  readonly markedKey: string | null;
  readonly onMark: (mark: GapMark) => void;
}

/** Single points of failure and isolated organisations; each item marks itself on the map. */
export function StructureLists({ structure, markedKey, onMark }: StructureListsProps) {
  const { ui } = useTexts();
  const spofId = useId();
  const isolatedId = useId();
  return (
    <>
      <section className="gaps-list" aria-labelledby={spofId} data-testid="single-points">
        <h3 id={spofId}>{ui.gaps.singlePointsHeading(structure.singlePointsOfFailure.length)}</h3>
        {structure.singlePointsOfFailure.length === 0 ? (
          <p className="muted">{ui.gaps.noSinglePoints}</p>
        ) : (
          <ul className="plain-list gaps-list__items">
            {structure.singlePointsOfFailure.map((point) => {
              const mark = markSinglePoint(point);
              return (
                <li key={mark.key}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={mark.key === markedKey}
                    onClick={() => onMark(mark)}
                  >
                    {point.organisation.name}
                  </button>
                  <span className="muted">
                    {' '}
                    {ui.gaps.singlePoint(ui.gaps.sector[point.sector], point.cutOff.length)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="gaps-list" aria-labelledby={isolatedId} data-testid="isolated">
        <h3 id={isolatedId}>{ui.gaps.isolatedHeading(structure.isolated.length)}</h3>
        {structure.isolated.length === 0 ? (
          <p className="muted">{ui.gaps.noIsolated}</p>
        ) : (
          <ul className="plain-list gaps-list__items">
            {structure.isolated.map((organisation) => {
              const mark = markOrganisations(`isolated:${organisation.id}`, [organisation.id]);
              return (
                <li key={organisation.id}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={mark.key === markedKey}
                    onClick={() => onMark(mark)}
                  >
                    {organisation.name}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
