import { useId, useState } from 'react';
import type { RegionComparisonRow } from '../api/operations/region-overview';
import { useTexts } from '../i18n/language';
import { defaultSort, MEASURES, nextSort, type SortKey, sortRegions } from './comparison';
import { formatMeasure } from './format';

interface ComparisonTableProps {
  readonly rows: readonly RegionComparisonRow[];
  readonly currentCode: string | null;
  readonly onRegion: (code: string) => void;
}

/** All measures of all regions; every column heading sorts, a region's name opens it. */
export function ComparisonTable({ rows, currentCode, onRegion }: ComparisonTableProps) {
  const { ui } = useTexts();
  const headingId = useId();
  const texts = ui.region.comparison;
  const [order, setOrder] = useState(defaultSort('name'));
  const sorted = sortRegions(rows, order);
  const header = (key: SortKey, label: string, numeric: boolean) => (
    <th
      key={key}
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={order.key === key ? (order.descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="link-button region-sort"
        onClick={() => setOrder(nextSort(order, key))}
        aria-label={texts.sortBy(label)}
        data-testid={`sort-${key}`}
      >
        {label}
        <span aria-hidden="true">{order.key === key ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <section className="region-block" aria-labelledby={headingId}>
      <h3 id={headingId}>{texts.tableHeading}</h3>
      <div className="region-table__scroll">
        <table className="region-table" data-testid="comparison-table">
          <caption className="visually-hidden">{texts.tableCaption}</caption>
          <thead>
            <tr>
              {header('name', texts.region, false)}
              {MEASURES.map((measure) => header(measure, ui.region.measures[measure], true))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => {
              const current = row.region.code === currentCode;
              return (
                <tr
                  key={row.region.code}
                  className={current ? 'is-highlighted' : undefined}
                  data-testid="comparison-row"
                  data-code={row.region.code}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-current={current || undefined}
                      onClick={() => onRegion(row.region.code)}
                    >
                      {ui.regionPicker.option(row.region.name, row.region.code)}
                    </button>
                    {current && <span className="visually-hidden"> ({texts.current})</span>}
                  </th>
                  {MEASURES.map((measure) => (
                    <td key={measure} className="numeric" data-measure={measure}>
                      {formatMeasure(measure, row.metrics[measure], ui.locale)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
