import { useEffect, useId, useMemo, useState } from 'react';
import type { OrganisationKind, ProfessionalRole } from '../api/schema';
import { KindSwatch } from '../components/KindSwatch';
import type { FilterOutcome } from '../domain/filters';
import { degrees, type MapGraph, type MapNode } from '../domain/mapGraph';
import { compareDutch } from '../i18n/compare';
import { useTexts } from '../i18n/language';
import { TablePager } from './TablePager';
import './NodeTable.css';

/** Rows per page: a region of thousands of organisations would take seconds to render at once. */
export const TABLE_PAGE_SIZE = 100;

interface NodeTableProps {
  readonly title: string;
  readonly graph: MapGraph;
  readonly filtered: FilterOutcome | null;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

/** The map as a table: the keyboard and screen-reader way to everything it shows. */
export function NodeTable({ title, graph, filtered, selectedId, onSelect }: NodeTableProps) {
  const texts = useTexts();
  const { ui, nodeTypeLabels } = texts;
  const headingId = useId();
  const rows = useMemo(() => {
    const degree = degrees(graph);
    return graph.nodes
      .filter((node) => !filtered?.hiddenNodes.has(node.id))
      .map((node) => ({ node, degree: degree.get(node.id) ?? 0 }))
      .sort((a, b) => compareDutch(a.node.label, b.node.label));
  }, [graph, filtered]);
  const [requestedPage, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(rows.length / TABLE_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount - 1);
  // A node selected on the map: turn to the page that lists it.
  useEffect(() => {
    if (selectedId === null) return;
    const index = rows.findIndex((row) => row.node.id === selectedId);
    if (index >= 0) setPage(Math.floor(index / TABLE_PAGE_SIZE));
  }, [selectedId, rows]);
  const shown = rows.slice(page * TABLE_PAGE_SIZE, (page + 1) * TABLE_PAGE_SIZE);
  return (
    <section className="node-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{ui.table.heading}</h2>
      <div className="node-table__scroll">
        <table data-testid="organisation-table">
          <caption className="visually-hidden">{ui.table.caption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.table.name}</th>
              <th scope="col">{ui.table.type}</th>
              <th scope="col">{ui.table.kind}</th>
              <th scope="col" className="numeric">
                {ui.table.ties}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ node, degree }) => (
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
                <td>{nodeTypeLabels[node.type]}</td>
                <td>
                  <KindCell node={node} />
                </td>
                <td className="numeric">{degree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > TABLE_PAGE_SIZE && (
        <TablePager page={page} pageSize={TABLE_PAGE_SIZE} total={rows.length} onPage={setPage} />
      )}
    </section>
  );
}

function KindCell({ node }: { readonly node: MapNode }) {
  const { organisationKindLabels, roleLabels } = useTexts();
  if (node.type === 'Organisation') {
    const kind = node.kind as OrganisationKind;
    return (
      <span className="node-table__kind">
        <KindSwatch kind={kind} />
        {organisationKindLabels[kind] ?? kind}
      </span>
    );
  }
  if (node.type === 'Professional')
    return <>{roleLabels[node.kind as ProfessionalRole] ?? node.kind}</>;
  return <>{node.kind ?? ''}</>;
}
