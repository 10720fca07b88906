import type { SignalKind } from '../api/operations/signals';
import { BarChart } from '../charts/BarChart';
import { useTexts } from '../i18n/language';
import type { QuarterRow } from './trends';

/**
 * Signals raised per quarter, a bar per kind: for those who would rather look. The chart's own
 * switch shows the same figures as a table; the table after it adds needs and statuses.
 */
export function TrendChart({
  rows,
  kinds,
}: {
  rows: readonly QuarterRow[];
  kinds: readonly SignalKind[];
}) {
  const { ui } = useTexts();
  const texts = ui.signals.national;
  return (
    <BarChart
      data={rows}
      xKey="quarter"
      xLabel={texts.quarter}
      yKeys={kinds.map((kind) => ({ key: kind, label: ui.signals.kinds[kind] }))}
      title={texts.chartCaption}
      description={texts.chartLabel(rows.length)}
      testId="trend-chart"
    />
  );
}
