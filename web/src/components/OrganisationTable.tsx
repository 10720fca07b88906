import { useId, useMemo } from 'react';
import type { NetworkNode } from '../api/operations/regionNetwork';
import { compareDutch } from '../i18n/compare';
import { organisationKindLabels, ui } from '../i18n/nl';
import { KindSwatch } from './KindSwatch';
import './OrganisationTable.css';

interface OrganisationTableProps {
  readonly regionName: string;
  readonly nodes: readonly NetworkNode[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The map as a table: the keyboard and screen-reader way to every organisation's details. */
export function OrganisationTable({
  regionName,
  nodes,
  selectedId,
  onSelect,
}: OrganisationTableProps) {
  const headingId = useId();
  const sorted = useMemo(() => [...nodes].sort((a, b) => compareDutch(a.label, b.label)), [nodes]);
  return (
    <section className="organisation-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.table.heading}</h2>
      <div className="organisation-table__scroll">
        <table data-testid="organisation-table">
          <caption className="visually-hidden">{ui.table.caption(regionName)}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.table.name}</th>
              <th scope="col">{ui.table.kind}</th>
              <th scope="col" className="numeric">
                {ui.table.ties}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((node) => (
              <tr key={node.id} className={node.id === selectedId ? 'is-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(node.id)}
                    aria-current={node.id === selectedId ? 'true' : undefined}
                    data-testid="organisation-row-button"
                    data-organisation-id={node.id}
                  >
                    {node.label}
                  </button>
                </th>
                <td>
                  <span className="organisation-table__kind">
                    <KindSwatch kind={node.kind} />
                    {organisationKindLabels[node.kind]}
                  </span>
                </td>
                <td className="numeric">{node.degree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
