import { createDataset } from '../../../seeds/generator/generate.js';
import { hasOrganisations, loadDataset } from '../../../seeds/generator/load.js';
import { defaultReferenceDate, type PresetName } from '../../../seeds/generator/presets.js';
import { hiddenCollaboration } from '../../../server/src/analysis/gaps/hidden.js';
import { provisionGaps } from '../../../server/src/analysis/gaps/provision.js';
import { nationalGapSummary, regionGapReport } from '../../../server/src/analysis/gaps/report.js';
import { networkStructure } from '../../../server/src/analysis/gaps/structure.js';
import { regionsOfKind } from '../../../server/src/geography/store.js';
import type { BenchSection, Metric } from '../context.js';
import { thousands } from '../measure.js';

const regionTargetMs = 300;
const nationalTargetMs = 10_000;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** p50 and p95 over the regions, held to the region target where one is given. */
function spread(name: string, times: number[], target?: number): Metric[] {
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  return [
    { name: `${name}: p50`, value: ms(p50) },
    {
      name: `${name}: p95`,
      value: ms(p95),
      ...(target ? { target: `≤ ${ms(target)}`, met: p95 <= target } : {}),
    },
  ];
}

/**
 * Issue 6 (gaps): a region's gap report (p50/p95 over every RMC region) and the national summary,
 * on whatever the database holds (the national preset after `national-load`); on an empty
 * database it loads BENCH_GAPS_PRESET (default `demo`) first. Judged as of the generator's
 * reference date.
 */
export const gapReports: BenchSection = {
  name: 'gap-reports',
  async run({ db, log }) {
    const notes: string[] = [];
    if (!(await hasOrganisations(db))) {
      const preset = (process.env.BENCH_GAPS_PRESET ?? 'demo') as PresetName;
      log(`gap reports: loading the ${preset} preset`);
      await loadDataset(db, createDataset(preset));
      notes.push(`loaded the ${preset} preset for this section`);
    }
    const asOf = process.env.BENCH_GAPS_AS_OF ?? defaultReferenceDate;
    const regions = (await regionsOfKind(db, 'RMC')).map((r) => r.code);
    await nationalGapSummary(db, asOf); // warm-up: plans and page cache
    const nationalTimes: number[] = [];
    let national = await nationalGapSummary(db, asOf);
    for (let i = 0; i < 3; i++) {
      const [time, result] = await timed(() => nationalGapSummary(db, asOf));
      nationalTimes.push(time);
      national = result;
    }
    log(`gap reports: national ${ms(percentile(nationalTimes, 50))}`);
    const times = {
      report: [] as number[],
      provision: [] as number[],
      structure: [] as number[],
      hidden: [] as number[],
    };
    for (const code of regions) {
      times.report.push((await timed(() => regionGapReport(db, code, asOf)))[0]);
      times.provision.push((await timed(() => provisionGaps(db, code, asOf, null)))[0]);
      times.structure.push((await timed(() => networkStructure(db, code, asOf)))[0]);
      const hidden = () => hiddenCollaboration(db, code, asOf, { viewerOrganisationId: null });
      times.hidden.push((await timed(hidden))[0]);
    }
    const nationalMedian = percentile(nationalTimes, 50);
    return {
      title: 'Gap reports (issue 6)',
      metrics: [
        ...spread(`region gap report (${regions.length} regions)`, times.report, regionTargetMs),
        {
          name: 'national gap summary (median of 3)',
          value: ms(nationalMedian),
          target: `≤ ${ms(nationalTargetMs)}`,
          met: nationalMedian <= nationalTargetMs,
        },
        ...spread('provision gaps per region', times.provision),
        ...spread('network structure per region', times.structure),
        ...spread('hidden collaboration per region', times.hidden),
        { name: 'missing ties found (national)', value: thousands(national.total.missingTies) },
        { name: 'stale ties found (national)', value: thousands(national.total.staleTies) },
      ],
      notes: [...notes, `as of ${asOf}; store-level calls (no GraphQL), one after another`],
    };
  },
};
