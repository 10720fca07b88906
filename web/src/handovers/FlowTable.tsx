import { useId } from 'react';
import type { HandoverFlow } from '../api/operations/handover-analyses';
import { useTexts } from '../i18n/language';
import { flowId } from './flowGraph';

interface FlowTableProps {
  readonly flows: readonly HandoverFlow[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The flows as a table, largest first: the keyboard and screen-reader way to the drawing. */
export function FlowTable({ flows, selectedId, onSelect }: FlowTableProps) {
  const { ui } = useTexts();
  const headingId = useId();
  const percent = new Intl.NumberFormat(ui.locale, { style: 'percent' });
  const days = new Intl.NumberFormat(ui.locale, { maximumFractionDigits: 1 });
  const rows = flows.filter((flow) => flow.from && flow.to);
  const hidden = (flow: HandoverFlow) => flow.handovers.value === null;
  return (
    <section className="node-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.handovers.tableHeading}</h2>
      <div className="node-table__scroll">
        <table data-testid="flow-table">
          <caption className="visually-hidden">{ui.handovers.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.handovers.from}</th>
              <th scope="col">{ui.handovers.to}</th>
              <th scope="col" className="numeric">
                {ui.handovers.handoverCount}
              </th>
              <th scope="col" className="numeric">
                {ui.handovers.caseCount}
              </th>
              <th scope="col" className="numeric">
                {ui.handovers.acceptance}
              </th>
              <th scope="col" className="numeric">
                {ui.handovers.median}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((flow) => {
              const from = flow.from;
              const to = flow.to;
              if (!from || !to) return null;
              const selected = selectedId === from.id || selectedId === to.id;
              return (
                <tr
                  key={flowId(from, to)}
                  className={selected ? 'is-selected' : undefined}
                  data-testid="flow-row"
                >
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(from.id)}>
                      {from.name}
                    </button>
                  </th>
                  <td>
                    <button type="button" className="link-button" onClick={() => onSelect(to.id)}>
                      {to.name}
                    </button>
                  </td>
                  <td className="numeric">{flow.handovers.shown}</td>
                  <td className="numeric">{flow.cases.shown}</td>
                  <td className="numeric">
                    {flow.acceptanceRate !== null
                      ? percent.format(flow.acceptanceRate)
                      : hidden(flow)
                        ? ui.handovers.notShown
                        : ui.handovers.none}
                  </td>
                  <td className="numeric">
                    {flow.medianDaysToAccept !== null
                      ? days.format(flow.medianDaysToAccept)
                      : hidden(flow)
                        ? ui.handovers.notShown
                        : ui.handovers.none}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{ui.handovers.smallCounts}</p>
    </section>
  );
}
