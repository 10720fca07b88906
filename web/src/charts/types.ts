/** The keys of a row whose values are numbers (or null: no value), the ones a chart can plot. */
export type NumericKey<Row> = {
  [K in keyof Row]-?: Row[K] extends number | null ? K : never;
}[keyof Row] &
  string;

/** One plotted measure: the row's key and its (Dutch) name in the legend and the table. */
export interface ChartSeries<Row> {
  readonly key: NumericKey<Row>;
  readonly label: string;
}

/** What every chart wrapper takes. */
export interface ChartProps<Row extends object> {
  /** The rows, in the order drawn. */
  readonly data: readonly Row[];
  /** The row's key along the category (or time) axis. */
  readonly xKey: keyof Row & string;
  /** The table's heading for `xKey`. */
  readonly xLabel: string;
  readonly yKeys: readonly ChartSeries<Row>[];
  /** Caption above the chart; also the chart's accessible name. */
  readonly title: string;
  /** A sentence on what the chart shows, read out by screen readers. */
  readonly description?: string;
  readonly height?: number;
  /** How the category is shown (axis ticks, table); default its text. */
  readonly formatX?: (value: Row[keyof Row & string], row: Row) => string;
  /** How a value is shown (axis, tooltip, table); default a Dutch number. */
  readonly formatValue?: (value: number) => string;
  /** Marks rows (a bar, a table row), e.g. the current region. */
  readonly highlight?: (row: Row) => boolean;
  /** A unique key per row when categories may repeat; default the category text. */
  readonly rowKey?: (row: Row) => string;
  /** data-testid on the figure. */
  readonly testId?: string;
}
