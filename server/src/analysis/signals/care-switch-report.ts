import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { CaseCountValue } from '../../privacy/schema.js';
import { type DelayJudgement, judgeDelays } from './care-switch-rule.js';
import { counted } from './counts.js';
import { monthsBefore } from './periods.js';

const delaysQuery = cypher<
  { regionCode: string; from: string; asOf: string; organisationId: string | null },
  { schoolId: string; delays: number[]; visibleCases: number }
>('analysis/signals/care-switch-delays');

export interface Delays extends Omit<DelayJudgement, 'cases' | 'late'> {
  cases: CaseCountValue;
  late: CaseCountValue;
}
export interface SchoolDelays extends Delays {
  schoolId: string;
}
export interface CareSwitchReport extends Delays {
  regionCode: string;
  asOf: string;
  schools: SchoolDelays[];
}

/** Delays judged; `late` counts as visible only when every case of the group is. */
function delays(list: number[], visibleCases: number): Delays {
  const judged = judgeDelays(list);
  const allVisible = visibleCases >= list.length;
  return {
    ...judged,
    cases: counted(judged.cases, visibleCases),
    late: counted(judged.late, allVisible ? judged.late : 0),
  };
}

/** The region's switches in the `months` up to asOf, per school and in all. */
export async function careSwitchReport(
  db: Database,
  regionCode: string,
  asOf: string,
  months: number,
  organisationId: string | null,
): Promise<CareSwitchReport> {
  const rows = await db.read(delaysQuery, {
    regionCode,
    from: monthsBefore(asOf, Math.max(1, Math.min(months, 120))),
    asOf,
    organisationId,
  });
  const all = delays(
    rows.flatMap((row) => row.delays),
    rows.reduce((sum, row) => sum + row.visibleCases, 0),
  );
  return {
    ...all,
    regionCode,
    asOf,
    schools: rows.map((row) => ({
      schoolId: row.schoolId,
      ...delays(row.delays, row.visibleCases),
    })),
  };
}
