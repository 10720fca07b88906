import {
  Bar,
  type BarShapeProps,
  CartesianGrid,
  Legend,
  BarChart as RechartsBarChart,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTexts } from '../i18n/language';
import { ChartFrame } from './ChartFrame';
import { ChartTable } from './ChartTable';
import { categoryText, valueText } from './format';
import {
  AXIS_COLOUR,
  GRID_COLOUR,
  HIGHLIGHT_COLOUR,
  HIGHLIGHT_OUTLINE,
  seriesColour,
} from './palette';
import type { ChartProps } from './types';

export interface BarChartProps<Row extends object> extends ChartProps<Row> {
  /** `horizontal` bars suit long category names (regions, organisations); default vertical. */
  readonly orientation?: 'vertical' | 'horizontal';
}

const ROW_HEIGHT = 22;
const CATEGORY_WIDTH = 190;

/**
 * A bar chart with its table alternative. Highlighted rows (the current region) are drawn in
 * vermillion with a dark outline and marked in the table.
 */
export function BarChart<Row extends object>(props: BarChartProps<Row>) {
  const { ui } = useTexts();
  const horizontal = props.orientation === 'horizontal';
  const height =
    props.height ?? (horizontal ? Math.max(160, props.data.length * ROW_HEIGHT + 60) : 300);
  // Recharts reads categories by key; a formatted copy keeps the caller's formatter in charge.
  const rows = props.data.map((row) => ({ ...row, chartCategory: categoryText(props, row) }));
  const format = (value: unknown) => valueText(value, props.formatValue, ui.locale);
  const categoryAxis = { dataKey: 'chartCategory', type: 'category' as const, interval: 0 };
  const valueAxis = { type: 'number' as const, tickFormatter: format };
  const shape = (bar: BarShapeProps) => {
    const marked = props.highlight?.(bar.payload as Row) ?? false;
    return (
      <Rectangle
        {...bar}
        className={marked ? 'chart-bar chart-bar--highlighted' : 'chart-bar'}
        fill={marked ? HIGHLIGHT_COLOUR : bar.fill}
        stroke={marked ? HIGHLIGHT_OUTLINE : 'none'}
        strokeWidth={marked ? 2 : 0}
      />
    );
  };
  const chart = (
    <div className="chart__drawing" style={{ height }}>
      <RechartsBarChart
        data={rows}
        layout={horizontal ? 'vertical' : 'horizontal'}
        title={props.title}
        desc={props.description}
        style={{ width: '100%', height: '100%' }}
        responsive
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} stroke={AXIS_COLOUR} />
            <YAxis {...categoryAxis} width={CATEGORY_WIDTH} stroke={AXIS_COLOUR} fontSize={12} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} stroke={AXIS_COLOUR} fontSize={12} />
            <YAxis {...valueAxis} stroke={AXIS_COLOUR} />
          </>
        )}
        <Tooltip formatter={(value) => format(value)} />
        {props.yKeys.length > 1 && <Legend />}
        {props.yKeys.map((series, index) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            fill={seriesColour(index)}
            shape={shape}
            isAnimationActive={false}
          />
        ))}
      </RechartsBarChart>
    </div>
  );
  return (
    <ChartFrame
      title={props.title}
      description={props.description}
      testId={props.testId}
      chart={chart}
      table={<ChartTable {...props} />}
    />
  );
}
