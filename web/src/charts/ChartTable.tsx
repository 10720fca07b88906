import { useTexts } from '../i18n/language';
import { categoryText, valueText } from './format';
import type { ChartProps } from './types';

/** A chart's rows as a table: the same figures for keyboard, screen-reader and copy-paste users. */
export function ChartTable<Row extends object>(props: ChartProps<Row>) {
  const { ui } = useTexts();
  return (
    <div className="chart-table">
      <table data-testid={props.testId ? `${props.testId}-table` : undefined}>
        <caption className="visually-hidden">{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.xLabel}</th>
            {props.yKeys.map((series) => (
              <th key={series.key} scope="col" className="numeric">
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.data.map((row) => {
            const marked = props.highlight?.(row) ?? false;
            const label = categoryText(props, row);
            return (
              <tr
                key={props.rowKey?.(row) ?? label}
                className={marked ? 'is-highlighted' : undefined}
                data-highlighted={marked || undefined}
                data-testid="chart-table-row"
              >
                <th scope="row">
                  {label}
                  {marked && <span className="visually-hidden"> ({ui.region.chart.marked})</span>}
                </th>
                {props.yKeys.map((series) => (
                  <td key={series.key} className="numeric">
                    {valueText(row[series.key], props.formatValue, ui.locale)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
