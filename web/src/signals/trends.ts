import { SIGNAL_KINDS, type SignalKind, type SignalTrend } from '../api/operations/signals';

// Ingrado's national trends, shaped for the chart: one row per quarter with the signals raised
// per kind (summed over needs), and how many of them are open or closed now.

export type QuarterRow = {
  readonly quarter: string;
  readonly open: number;
  readonly closed: number;
} & {
  readonly [kind in SignalKind]: number;
};

const emptyRow = (quarter: string): QuarterRow => ({
  quarter,
  open: 0,
  closed: 0,
  ...(Object.fromEntries(SIGNAL_KINDS.map((kind) => [kind, 0])) as Record<SignalKind, number>),
});

/** Rows per quarter, oldest first. */
export function trendsByQuarter(trends: readonly SignalTrend[]): QuarterRow[] {
  const rows = new Map<string, QuarterRow>();
  for (const trend of trends) {
    const row = rows.get(trend.quarter) ?? emptyRow(trend.quarter);
    rows.set(trend.quarter, {
      ...row,
      [trend.kind]: row[trend.kind] + trend.raised,
      open: row.open + trend.open,
      closed: row.closed + trend.closed,
    });
  }
  return [...rows.values()].sort((a, b) => a.quarter.localeCompare(b.quarter));
}

/** The kinds that occur, in the schema's order: only these get a bar and a legend entry. */
export function kindsPresent(trends: readonly SignalTrend[]): SignalKind[] {
  const present = new Set(trends.filter((t) => t.raised > 0).map((trend) => trend.kind));
  return SIGNAL_KINDS.filter((kind) => present.has(kind));
}
