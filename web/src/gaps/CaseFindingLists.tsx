import { useId } from 'react';
import type { GapFindingsData } from '../api/operations/gaps';
import { useTexts } from '../i18n/language';
import { type GapMark, markHidden } from './gapGraph';

interface CaseFindingListsProps {
  readonly findings: GapFindingsData;
  readonly markedKey: string | null;
  readonly onMark: (mark: GapMark) => void;
}

/** Gaps seen in the cases: needs nobody here offers, and collaboration without a tie. */
export function CaseFindingLists({ findings, markedKey, onMark }: CaseFindingListsProps) {
  const { ui } = useTexts();
  const provisionId = useId();
  const hiddenId = useId();
  return (
    <>
      <section className="gaps-list" aria-labelledby={provisionId} data-testid="provision-gaps">
        <h3 id={provisionId}>{ui.gaps.provisionHeading(findings.provisionGaps.length)}</h3>
        {findings.provisionGaps.length === 0 ? (
          <p className="muted">{ui.gaps.noProvisionGaps}</p>
        ) : (
          <ul className="plain-list gaps-list__items">
            {findings.provisionGaps.map((gap) => (
              <li key={gap.need}>
                <strong>{ui.gaps.needs[gap.need]}</strong>
                <span className="muted"> {ui.gaps.provisionCases(gap.cases.shown)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="gaps-list" aria-labelledby={hiddenId} data-testid="hidden-collaboration">
        <h3 id={hiddenId}>{ui.gaps.hiddenHeading(findings.hiddenCollaboration.length)}</h3>
        {findings.hiddenCollaboration.length === 0 ? (
          <p className="muted">{ui.gaps.noHidden}</p>
        ) : (
          <ul className="plain-list gaps-list__items">
            {findings.hiddenCollaboration.map((item) => {
              const mark = markHidden(item);
              const [a, b] = item.organisations;
              return (
                <li key={mark.key}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={mark.key === markedKey}
                    onClick={() => onMark(mark)}
                  >
                    {ui.gaps.pairOf(a?.name ?? '?', b?.name ?? '?')}
                  </button>
                  <span className="muted">
                    {' '}
                    {ui.gaps.hiddenCounts(item.handovers.shown, item.cases.shown)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
