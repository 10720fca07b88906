import { useId, useMemo } from 'react';
import type { CollaborationRuleSummary, MissingTie } from '../api/operations/gaps';
import { compareDutch } from '../i18n/compare';
import { useTexts } from '../i18n/language';
import { bySeverity, type GapMark, markMissingTie, missingEdgeId } from './gapGraph';

interface MissingTieTableProps {
  readonly ties: readonly MissingTie[];
  readonly rules: readonly CollaborationRuleSummary[];
  readonly markedKey: string | null;
  readonly onMark: (mark: GapMark) => void;
}

/** The missing expected ties by severity: the table alternative to the dashed edges. */
export function MissingTieTable({ ties, rules, markedKey, onMark }: MissingTieTableProps) {
  const { ui } = useTexts();
  const headingId = useId();
  const groups = useMemo(() => bySeverity(ties, compareDutch), [ties]);
  const description = useMemo(
    () => new Map(rules.map((rule) => [rule.code, rule.description])),
    [rules],
  );
  return (
    <section className="gaps-list" aria-labelledby={headingId} data-testid="missing-ties">
      <h3 id={headingId}>{ui.gaps.missingHeading(ties.length)}</h3>
      {ties.length === 0 ? (
        <p className="muted">{ui.gaps.noMissing}</p>
      ) : (
        <div className="gaps-list__scroll">
          <table className="gaps-table">
            <caption className="visually-hidden">{ui.gaps.missingCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{ui.gaps.pair}</th>
                <th scope="col">{ui.gaps.rule}</th>
              </tr>
            </thead>
            {groups.map(({ severity, ties: group }) => (
              <tbody key={severity} data-severity={severity}>
                <tr>
                  <th scope="rowgroup" colSpan={2} className={`severity severity--${severity}`}>
                    {ui.gaps.severityGroup(ui.gaps.severity[severity], group.length)}
                  </th>
                </tr>
                {group.map((tie) => {
                  const key = missingEdgeId(tie);
                  return (
                    <tr
                      key={key}
                      className={key === markedKey ? 'is-selected' : undefined}
                      data-testid="missing-tie"
                    >
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          aria-pressed={key === markedKey}
                          onClick={() => onMark(markMissingTie(tie))}
                        >
                          {ui.gaps.fromTo(tie.from.name, tie.to.name)}
                        </button>
                      </td>
                      <td>
                        <span className="gaps-table__code">{tie.ruleCode}</span>{' '}
                        {description.get(tie.ruleCode) ?? ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
