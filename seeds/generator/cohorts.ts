import type { Random } from '../random.js';
import {
  dayOf,
  dayOfMinute,
  isoDate,
  isoDateTime,
  isWorkingDay,
  officeMoment,
} from './calendar.js';
import { needsFor, sortRisks } from './case-drafts.js';
import type { CaseContext } from './cases.js';
import { type ChunkBuilder, makeCase } from './cases.js';
import type { Preset } from './presets.js';
import type { RegionPools } from './region-cases.js';
import { caseSpanDays } from './region-cases.js';
import { receiverIn, routes } from './routes.js';
import type { OrganisationRow } from './types.js';

/** One school's warm VO → MBO transfers of one year and how many dropped out in the first MBO year. */
export interface CohortStats {
  regionCode: string;
  schoolId: string;
  year: number;
  transfers: number;
  dropouts: number;
  /** The whole first MBO year lies before the reference date. */
  complete: boolean;
  /** The school planted to lose far more pupils than the others. */
  planted: boolean;
  caseIds: string[];
  dropoutCaseIds: string[];
}

const trackFactor = { VMBO: 1.3, BREED: 1, LYCEUM: 0.15 } as const;

/** A working day between two ISO dates, both included. */
function dayBetween(random: Random, from: string, to: string): number {
  for (;;) {
    const day = random.int(dayOf(from), dayOf(to));
    if (isWorkingDay(day)) return day;
  }
}

/**
 * The at-risk pupils of each VO school and praktijkschool handed over warmly to an MBO in the
 * spring (registered as kwetsbare-positie cases with the VO → MBO transition), and the VSV cases
 * of those who leave the MBO in their first year (the same subject). One vmbo of the planted
 * region loses far more of them than any other school, whose rate stays near the baseline.
 */
export function generateCohorts(
  context: CaseContext,
  preset: Preset,
  pools: RegionPools,
  builder: ChunkBuilder,
): CohortStats[] {
  const { random, referenceDay } = context;
  const plan = preset.plants.vmboDropout;
  const vmbos = pools.own('SCHOOL_VO').filter((o) => pools.directory.track.get(o.id) === 'VMBO');
  const planted =
    plan?.regionCode === pools.regionCode && vmbos.length > 0 ? random.pick(vmbos) : null;
  const schools = [...pools.own('SCHOOL_VO'), ...pools.own('SCHOOL_PRAKTIJKONDERWIJS')];
  const firstYear = Number(isoDate(referenceDay - caseSpanDays).slice(0, 4)) + 1;
  const lastYear = Number(isoDate(referenceDay).slice(0, 4));
  const stats: CohortStats[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    if (dayOf(`${year}-05-31`) >= referenceDay) continue;
    for (const school of schools) {
      const track = pools.directory.track.get(school.id) ?? 'BREED';
      const isPlanted = school.id === planted?.id && plan !== null;
      const transfers = isPlanted
        ? plan.transfers
        : random.round(
            preset.transfersPerSchool * (school.kind === 'SCHOOL_VO' ? trackFactor[track] : 0.8),
          );
      const dropouts = isPlanted
        ? Math.round(transfers * plan.dropoutRate)
        : Math.max(
            0,
            Math.min(
              Math.floor(transfers * 0.25),
              Math.round(transfers * preset.baselineDropoutRate) + random.int(-1, 1),
            ),
          );
      const leaving = new Set(random.sample([...Array(transfers).keys()], dropouts));
      const stat: CohortStats = {
        regionCode: pools.regionCode,
        schoolId: school.id,
        year,
        transfers: 0,
        dropouts: 0,
        complete: dayOf(`${year + 1}-07-31`) < referenceDay,
        planted: isPlanted,
        caseIds: [],
        dropoutCaseIds: [],
      };
      for (let i = 0; i < transfers; i++)
        transfer(context, pools, builder, school, year, leaving.has(i), stat);
      stats.push(stat);
    }
  }
  return stats;
}

function transfer(
  context: CaseContext,
  pools: RegionPools,
  builder: ChunkBuilder,
  school: OrganisationRow,
  year: number,
  leaves: boolean,
  stat: CohortStats,
) {
  const { random, referenceDay } = context;
  const subjectKey = context.subjects.next(pools.regionCode);
  const residence = pools.residenceOf(school);
  const age = school.kind === 'SCHOOL_PRAKTIJKONDERWIJS' ? random.int(16, 17) : random.int(15, 16);
  const start = officeMoment(
    dayBetween(random, `${year}-09-01`, `${year}-09-30`),
    random.int(0, 510),
  );
  let mbo: OrganisationRow | null = null;
  const made = builder.add(
    makeCase(
      context,
      {
        kind: 'KWETSBARE_POSITIE',
        age,
        needs: needsFor('KWETSBARE_POSITIE', age, random),
        risks: sortRisks([
          'OVERGANG_VO_MBO',
          ...(random.chance(0.3) ? (['RELATIEF_VERZUIM'] as const) : []),
        ]),
        residence,
        school,
        registrar: school,
        opened: officeMoment(
          dayBetween(random, `${year}-02-01`, `${year}-04-15`),
          random.int(0, 510),
        ),
        subjectKey,
      },
      (j) => {
        const handover = j.request(['SCHOOL_MBO'], 'WARME_OVERDRACHT_VO_MBO', 'RMC', {
          warm: true,
          outcome: 'accept',
          after: random.int(5, 20),
        });
        mbo = receiverIn(pools.directory)(handover);
      },
      {
        // The warm handover is done when the pupil starts at the MBO in September.
        finish: (j) => {
          const handover = j.handovers[0];
          if (handover?.status !== 'ACCEPTED' || dayOfMinute(start) >= referenceDay) return null;
          handover.status = 'COMPLETED';
          handover.completedAt = isoDateTime(start);
          j.now = Math.max(j.now, start);
          return start;
        },
      },
    ),
  );
  if (!mbo) return;
  const receiving: OrganisationRow = mbo;
  stat.transfers++;
  stat.caseIds.push(made.row.id);
  if (!leaves) return;
  const day = dayBetween(random, `${year}-10-01`, `${year + 1}-06-30`);
  if (day >= referenceDay) return;
  const accepted = receiverIn(pools.directory);
  const needs = needsFor('VSV', age + 1, random);
  const dropout = builder.add(
    makeCase(
      context,
      {
        kind: 'VSV',
        age: age + 1,
        needs,
        risks: sortRisks([
          'OVERGANG_VO_MBO',
          ...(random.chance(0.6) ? (['RELATIEF_VERZUIM'] as const) : []),
        ]),
        residence,
        school: receiving,
        registrar: receiving,
        opened: officeMoment(day, random.int(0, 510)),
        subjectKey,
      },
      (j) =>
        routes.VSV(
          j,
          { kind: 'VSV', age: age + 1, needs, frequentSickness: false, registrar: receiving },
          random,
          accepted,
        ),
    ),
  );
  stat.dropouts++;
  stat.dropoutCaseIds.push(dropout.row.id);
}
