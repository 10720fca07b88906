import { type ReactNode, useId } from 'react';
import type { CaseCount } from '../api/operations/gaps';
import type { CaseSummary, OrganisationCaseCount } from '../api/operations/handover-analyses';
import { useTexts } from '../i18n/language';

interface FindingSectionProps<TItem extends { readonly case: CaseSummary }> {
  readonly testId: string;
  readonly title: string;
  readonly explanation: string;
  readonly total: CaseCount;
  readonly byOrganisation: readonly OrganisationCaseCount[];
  readonly items: readonly TItem[];
  readonly describe: (item: TItem) => ReactNode;
  /** A stable key per item (a case can appear twice, e.g. with two stalled handovers). */
  readonly keyOf: (item: TItem) => string;
  readonly openCaseId: string | null;
  readonly onOpenCase: (caseId: string) => void;
}

/**
 * One finding about a region's handovers: how many cases in the whole region (small-count
 * rule), per organisation, and the cases the viewer may read, each with its journey to open.
 */
export function FindingSection<TItem extends { readonly case: CaseSummary }>(
  props: FindingSectionProps<TItem>,
) {
  const texts = useTexts();
  const { ui } = texts;
  const headingId = useId();
  const date = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <section className="finding" aria-labelledby={headingId} data-testid={props.testId}>
      <h3 id={headingId}>{props.title}</h3>
      <p className="muted">{props.explanation}</p>
      <p data-testid="finding-total">{ui.handovers.regionTotal(props.total.shown)}</p>
      {props.byOrganisation.length > 0 && (
        <details className="finding__counts">
          <summary>{ui.handovers.perOrganisation(props.byOrganisation.length)}</summary>
          <table className="finding__table">
            <thead>
              <tr>
                <th scope="col">{ui.handovers.organisation}</th>
                <th scope="col" className="numeric">
                  {ui.handovers.caseCount}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.byOrganisation.map((row) => (
                <tr key={row.organisation.id}>
                  <th scope="row">{row.organisation.name}</th>
                  <td className="numeric">{row.count.shown}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {props.items.length === 0 ? (
        <p className="muted">
          {props.total.value === 0 ? ui.handovers.noneInRegion : ui.handovers.noneReadable}
        </p>
      ) : (
        <>
          <p className="muted">{ui.handovers.readable(props.items.length)}</p>
          <ul className="plain-list finding__items">
            {props.items.map((item) => (
              <li key={props.keyOf(item)} data-testid="finding-item">
                <span>
                  {ui.handovers.caseLine(
                    texts.ui.handovers.caseKinds[item.case.kind],
                    item.case.municipality.name,
                    date.format(new Date(item.case.openedAt)),
                  )}
                </span>
                <span className="finding__detail">{props.describe(item)}</span>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-pressed={props.openCaseId === item.case.id}
                  onClick={() => props.onOpenCase(item.case.id)}
                  data-testid="open-journey"
                >
                  {ui.handovers.showJourney}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
