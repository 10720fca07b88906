import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart as RechartsLineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTexts } from '../i18n/language';
import { ChartFrame } from './ChartFrame';
import { ChartTable } from './ChartTable';
import { categoryText, valueText } from './format';
import { AXIS_COLOUR, GRID_COLOUR, seriesColour } from './palette';
import type { ChartProps } from './types';

export interface LineChartProps<Row extends object> extends ChartProps<Row> {
  /** Fill under each line (an area chart); default plain lines. */
  readonly area?: boolean;
}

/**
 * A line (or area) chart over time or another ordered category, with its table alternative.
 * Lines also differ in dash pattern, so they stay apart without colour.
 */
export function LineChart<Row extends object>(props: LineChartProps<Row>) {
  const { ui } = useTexts();
  const rows = props.data.map((row) => ({ ...row, chartCategory: categoryText(props, row) }));
  const format = (value: unknown) => valueText(value, props.formatValue, ui.locale);
  const Chart = props.area ? AreaChart : RechartsLineChart;
  const dashes = [undefined, '6 3', '2 2', '8 3 2 3'];
  const chart = (
    <div className="chart__drawing" style={{ height: props.height ?? 300 }}>
      <Chart
        data={rows}
        title={props.title}
        desc={props.description}
        style={{ width: '100%', height: '100%' }}
        responsive
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke={GRID_COLOUR} strokeDasharray="3 3" />
        <XAxis dataKey="chartCategory" stroke={AXIS_COLOUR} fontSize={12} minTickGap={16} />
        <YAxis tickFormatter={format} stroke={AXIS_COLOUR} />
        <Tooltip formatter={(value) => format(value)} />
        {props.yKeys.length > 1 && <Legend />}
        {props.yKeys.map((series, index) =>
          props.area ? (
            <Area
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={series.label}
              stroke={seriesColour(index)}
              fill={seriesColour(index)}
              fillOpacity={0.15}
              strokeWidth={2}
              strokeDasharray={dashes[index % dashes.length]}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={series.label}
              stroke={seriesColour(index)}
              strokeWidth={2}
              strokeDasharray={dashes[index % dashes.length]}
              dot={false}
              isAnimationActive={false}
            />
          ),
        )}
      </Chart>
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
