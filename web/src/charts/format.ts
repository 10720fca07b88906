import type { ChartProps } from './types';

/** The category text of a row: the chart's own formatter, else the value as text. */
export function categoryText<Row extends object>(props: ChartProps<Row>, row: Row): string {
  const value = row[props.xKey];
  return props.formatX ? props.formatX(value, row) : String(value ?? '');
}

/** A value as the chart shows it; null (no value) as a dash. */
export function valueText(
  value: unknown,
  format: ((value: number) => string) | undefined,
  locale: string,
): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return '–';
  return format ? format(value) : value.toLocaleString(locale, { maximumFractionDigits: 2 });
}
