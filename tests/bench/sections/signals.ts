import { createDataset } from '../../../seeds/generator/generate.js';
import { hasOrganisations, loadDataset } from '../../../seeds/generator/load.js';
import { defaultReferenceDate, type PresetName } from '../../../seeds/generator/presets.js';
import { careSwitchReport } from '../../../server/src/analysis/signals/care-switch-report.js';
import { demandReport } from '../../../server/src/analysis/signals/demand-report.js';
import { transferDropoutReport } from '../../../server/src/analysis/signals/transfer-dropout-report.js';
import { regionsOfKind } from '../../../server/src/geography/store.js';
import type { BenchSection, Metric } from '../context.js';

const regionTargetMs = 1_000;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};

/**
 * Issue 6 (signals): the three flagging analyses of a region (transfer dropout, rising demand,
 * late care switch), p50/p95 over every RMC region, on whatever the database holds; on an empty
 * database it loads BENCH_SIGNALS_PRESET (default `region`) first. As of the reference date.
 */
export const signals: BenchSection = {
  name: 'signals',
  async run({ db, log }) {
    const notes: string[] = [];
    if (!(await hasOrganisations(db))) {
      const preset = (process.env.BENCH_SIGNALS_PRESET ?? 'region') as PresetName;
      log(`signals: loading the ${preset} preset`);
      await loadDataset(db, createDataset(preset));
      notes.push(`loaded the ${preset} preset for this section`);
    }
    const asOf = defaultReferenceDate;
    const regions = (await regionsOfKind(db, 'RMC')).map((r) => r.code);
    const analyses = {
      'transfer dropout': (code: string) => transferDropoutReport(db, code, asOf, null),
      'rising demand': (code: string) =>
        demandReport(db, code, asOf, { needs: null, quarterCount: 8, organisationId: null }),
      'late care switch': (code: string) => careSwitchReport(db, code, asOf, 24, null),
    };
    const metrics: Metric[] = [];
    for (const [name, run] of Object.entries(analyses)) {
      await run(regions[0] ?? 'MC15'); // warm-up: plans and page cache
      const times: number[] = [];
      for (const code of regions) {
        const started = performance.now();
        await run(code);
        times.push(performance.now() - started);
      }
      const p95 = percentile(times, 95);
      log(`signals: ${name} p95 ${ms(p95)}`);
      metrics.push(
        { name: `${name}, one region: p50`, value: ms(percentile(times, 50)) },
        {
          name: `${name}, one region: p95`,
          value: ms(p95),
          target: `≤ ${ms(regionTargetMs)}`,
          met: p95 <= regionTargetMs,
        },
      );
    }
    return { title: 'Signals (issue 6): region analyses', metrics, notes };
  },
};
