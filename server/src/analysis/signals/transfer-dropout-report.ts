import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { CaseCountValue } from '../../privacy/schema.js';
import { counted } from './counts.js';
import { judgeSchools, type SchoolJudgement } from './dropout-rule.js';

interface CohortRow {
  schoolId: string;
  year: number;
  transfers: number;
  visibleTransfers: number;
  dropouts: number;
  visibleDropouts: number;
}

const cohortsQuery = cypher<
  { regionCode: string; asOf: string; organisationId: string | null },
  CohortRow
>('analysis/signals/transfer-cohorts');

export interface TransferCohort {
  year: number;
  transfers: CaseCountValue;
  dropouts: CaseCountValue;
  /** The whole first MBO year (to 31 July) lies before `asOf`. */
  complete: boolean;
}

export interface SchoolDropout extends Omit<SchoolJudgement, 'transfers' | 'dropouts'> {
  transfers: CaseCountValue;
  dropouts: CaseCountValue;
  baselineTransferCount: CaseCountValue;
  baselineDropoutCount: CaseCountValue;
  cohorts: TransferCohort[];
}

export interface TransferDropoutReport {
  regionCode: string;
  asOf: string;
  transfers: CaseCountValue;
  dropouts: CaseCountValue;
  schools: SchoolDropout[];
}

const completeBy = (year: number, asOf: string) => `${year + 1}-07-31` < asOf;

/** Per sending school of the region: cohorts, complete-cohort totals and the flag. */
export async function transferDropoutReport(
  db: Database,
  regionCode: string,
  asOf: string,
  organisationId: string | null,
): Promise<TransferDropoutReport> {
  const rows = await db.read(cohortsQuery, { regionCode, asOf, organisationId });
  const bySchool = new Map<string, CohortRow[]>();
  for (const row of rows) bySchool.set(row.schoolId, [...(bySchool.get(row.schoolId) ?? []), row]);
  const sum = (list: CohortRow[], key: keyof Omit<CohortRow, 'schoolId' | 'year'>) =>
    list.reduce((total, row) => total + row[key], 0);
  const complete = (list: CohortRow[]) => list.filter((row) => completeBy(row.year, asOf));
  const judged = judgeSchools(
    [...bySchool].map(([schoolId, list]) => ({
      schoolId,
      transfers: sum(complete(list), 'transfers'),
      dropouts: sum(complete(list), 'dropouts'),
    })),
  );
  const allComplete = complete(rows);
  const schools = judged.map((judgement): SchoolDropout => {
    const mine = bySchool.get(judgement.schoolId) ?? [];
    const others = allComplete.filter((row) => row.schoolId !== judgement.schoolId);
    return {
      ...judgement,
      transfers: counted(judgement.transfers, sum(complete(mine), 'visibleTransfers')),
      dropouts: counted(judgement.dropouts, sum(complete(mine), 'visibleDropouts')),
      baselineTransferCount: counted(judgement.baselineTransfers, sum(others, 'visibleTransfers')),
      baselineDropoutCount: counted(judgement.baselineDropouts, sum(others, 'visibleDropouts')),
      cohorts: mine.map((row) => ({
        year: row.year,
        transfers: counted(row.transfers, row.visibleTransfers),
        dropouts: counted(row.dropouts, row.visibleDropouts),
        complete: completeBy(row.year, asOf),
      })),
    };
  });
  return {
    regionCode,
    asOf,
    transfers: counted(sum(allComplete, 'transfers'), sum(allComplete, 'visibleTransfers')),
    dropouts: counted(sum(allComplete, 'dropouts'), sum(allComplete, 'visibleDropouts')),
    schools,
  };
}
