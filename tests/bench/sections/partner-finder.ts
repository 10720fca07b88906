import { fileURLToPath } from 'node:url';
import { generateAll } from '../../../seeds/generator/generate.js';
import { hasOrganisations, loadDataset } from '../../../seeds/generator/load.js';
import { Random } from '../../../seeds/random.js';
import { findPartners, readCandidates } from '../../../server/src/analysis/partners/finder.js';
import { requestFacts } from '../../../server/src/analysis/partners/store.js';
import { cypher } from '../../../server/src/db/cypher.js';
import { type Need, needCodes } from '../../../server/src/vocabulary/needs.js';
import type { BenchSection } from '../context.js';

// Issue 6: the partner finder's latency over varied requests (askers, municipalities, needs),
// on whatever the bench database holds — the national preset after `national-load`. Alone
// (BENCH_SECTIONS=partner-finder) it first loads BENCH_PARTNERS_PRESET (default `region`).
// Measured: what the resolver does against Neo4j — the request facts, the candidates, paths,
// track records and contacts — not GraphQL parsing or the organisation/professional loaders.

const samplesQuery = cypher<
  object,
  { professionalId: string; organisationId: string; municipalityCodes: string[] }
>('partners-bench-samples', fileURLToPath(new URL('../../cypher/', import.meta.url)));

const requests = Number(process.env.BENCH_PARTNERS_REQUESTS ?? 200);
const targetP95Ms = 50;
const asOf = '2026-11-16';

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

export const partnerFinder: BenchSection = {
  name: 'partner-finder',
  async run({ db, log }) {
    const notes: string[] = [];
    if (!(await hasOrganisations(db))) {
      const preset = (process.env.BENCH_PARTNERS_PRESET ?? 'region') as 'region' | 'demo';
      log(`partner finder: empty database, loading the ${preset} preset`);
      await loadDataset(db, generateAll(preset).dataset);
      notes.push(`the database was empty: loaded the ${preset} preset first`);
    }
    const askers = await db.read(samplesQuery, {});
    const allMunicipalities = [...new Set(askers.flatMap((a) => a.municipalityCodes))];
    const random = new Random(2026);
    const plan = Array.from({ length: requests }, () => {
      const asker = random.pick(askers);
      // Mostly a municipality the asker's organisation serves; sometimes anywhere.
      const municipalityCode = random.chance(0.8)
        ? random.pick(asker.municipalityCodes)
        : random.pick(allMunicipalities);
      const needs = random.sample(needCodes, random.int(1, 3)) as Need[];
      return { asker, municipalityCode, needs };
    });

    // Warm-up: the first plans and page-cache misses are not what a user waits for twice.
    for (const request of plan.slice(0, 20)) await ask(request);
    const times: number[] = [];
    let partners = 0;
    let withPath = 0;
    for (const request of plan) {
      const started = performance.now();
      const result = await ask(request);
      times.push(performance.now() - started);
      partners += result.partners.length;
      withPath += result.partners.filter((p) => p.path !== null).length;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    log(`partner finder: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    return {
      title: 'Partner finder (issue 6)',
      metrics: [
        { name: 'requests (after 20 warm-up)', value: String(requests) },
        { name: 'askers to sample from', value: String(askers.length) },
        { name: 'p50', value: `${p50.toFixed(1)} ms` },
        {
          name: 'p95',
          value: `${p95.toFixed(1)} ms`,
          target: `≤ ${targetP95Ms} ms`,
          met: p95 <= targetP95Ms,
        },
        { name: 'max', value: `${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms` },
        { name: 'partners per answer (mean)', value: (partners / requests).toFixed(1) },
        {
          name: 'partners with a path (share)',
          value: (withPath / Math.max(partners, 1)).toFixed(2),
        },
      ],
      notes: [
        ...notes,
        '1–3 random needs, limit 10, 80% a municipality the asker’s organisation serves; seed 2026',
      ],
    };

    async function ask(request: (typeof plan)[number]) {
      // As the resolver does when needs and municipality are given: candidates alongside facts.
      const inRegion = readCandidates(db, {
        municipalityCode: request.municipalityCode,
        needs: request.needs,
      });
      inRegion.catch(() => {});
      const facts = await requestFacts(db, {
        municipalityCode: request.municipalityCode,
        askerId: request.asker.professionalId,
        caseId: null,
      });
      return findPartners(
        db,
        {
          municipalityCode: request.municipalityCode,
          needs: request.needs,
          askerId: facts.asker?.id ?? null,
          askerOrganisationId: facts.asker?.organisationId ?? null,
          viewerOrganisationId: facts.asker?.organisationId ?? null,
          asOf,
          limit: 10,
        },
        { inRegion },
      );
    }
  },
};
