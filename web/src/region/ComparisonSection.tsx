import { useId, useMemo, useState } from 'react';
import { REGION_COMPARISON_QUERY } from '../api/operations/region-overview';
import { BarChart } from '../charts/BarChart';
import { ErrorMessage } from '../components/ErrorMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useQuery } from '../hooks/useQuery';
import { useTexts } from '../i18n/language';
import { ComparisonTable } from './ComparisonTable';
import { defaultSort, MEASURES, type Measure, rankOf, sortRegions } from './comparison';
import { formatMeasure } from './format';

interface ComparisonSectionProps {
  /** The region to highlight; null (the whole country) highlights none. */
  readonly currentCode: string | null;
  readonly asOf: string;
  readonly onRegion: (code: string) => void;
}

/** Every RMC region side by side: one measure as bars, all measures in a sortable table. */
export function ComparisonSection({ currentCode, asOf, onRegion }: ComparisonSectionProps) {
  const { ui } = useTexts();
  const headingId = useId();
  const measureId = useId();
  const [measure, setMeasure] = useState<Measure>('density');
  const query = useQuery(REGION_COMPARISON_QUERY, { asOf });
  const rows = query.status === 'success' ? query.data.regionNetworkComparison : null;
  const texts = ui.region.comparison;
  const measureName = ui.region.measures[measure];
  const bars = useMemo(
    () =>
      rows
        ? sortRegions(rows, defaultSort(measure)).map((row) => ({
            code: row.region.code,
            name: row.region.name,
            value: row.metrics[measure],
          }))
        : [],
    [rows, measure],
  );
  const current = rows?.find((row) => row.region.code === currentCode) ?? null;
  const rank = rows && currentCode ? rankOf(rows, currentCode, measure) : null;

  return (
    <section className="region-section" aria-labelledby={headingId} data-testid="region-comparison">
      <h2 id={headingId}>{texts.heading}</h2>
      <p className="region-section__line">{texts.intro}</p>
      {query.status === 'error' && (
        <ErrorMessage title={texts.failed} error={query.error} onRetry={query.retry} />
      )}
      {(query.status === 'loading' || query.status === 'idle') && (
        <StatusMessage kind="loading" message={texts.loading} />
      )}
      {rows && (
        <>
          <div className="field region-measure">
            <label className="field__label" htmlFor={measureId}>
              {texts.measure}
            </label>
            <select
              id={measureId}
              className="field__control"
              value={measure}
              onChange={(event) => setMeasure(event.target.value as Measure)}
              data-testid="comparison-measure"
            >
              {MEASURES.map((option) => (
                <option key={option} value={option}>
                  {ui.region.measures[option]}
                </option>
              ))}
            </select>
          </div>
          <BarChart
            data={bars}
            xKey="name"
            xLabel={texts.region}
            yKeys={[{ key: 'value', label: measureName }]}
            title={texts.chartTitle(measureName)}
            description={texts.chartDescription(
              measureName,
              current?.region.name ?? null,
              rank,
              rows.length,
            )}
            formatValue={(value) => formatMeasure(measure, value, ui.locale)}
            highlight={(bar) => bar.code === currentCode}
            rowKey={(bar) => bar.code}
            orientation="horizontal"
            testId="comparison-chart"
          />
          <ComparisonTable rows={rows} currentCode={currentCode} onRegion={onRegion} />
        </>
      )}
    </section>
  );
}
