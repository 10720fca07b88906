import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { CaseCountValue } from '../../privacy/schema.js';
import type { Need } from '../../vocabulary/needs.js';
import { counted } from './counts.js';
import { judgeNeeds, type NeedJudgement, slopePerQuarter } from './demand-rule.js';
import { monthsBefore, type Quarter, quartersUpTo } from './periods.js';

interface Row {
  need: Need;
  quarter: string;
  window: 'RECENT' | 'EARLIER' | 'NONE';
  cases: number;
  visibleCases: number;
}

const demandQuery = cypher<
  {
    regionCode: string;
    from: string;
    asOf: string;
    recentFrom: string;
    earlierFrom: string;
    needs: readonly Need[] | null;
    organisationId: string | null;
  },
  Row
>('analysis/signals/need-demand');

export interface QuarterCount extends Quarter {
  cases: CaseCountValue;
  /** The quarter ended on or before asOf. */
  complete: boolean;
}

export interface NeedDemand extends Omit<NeedJudgement, 'recent' | 'earlier'> {
  need: Need;
  recent: CaseCountValue;
  earlier: CaseCountValue;
  quarters: QuarterCount[];
  /** Least-squares slope over the complete quarters, cases per quarter. */
  slope: number;
}

export interface DemandReport {
  regionCode: string;
  asOf: string;
  needs: NeedDemand[];
}

/** Cases with each need per quarter (`quarterCount` up to asOf's), and the twelve-month rule. */
export async function demandReport(
  db: Database,
  regionCode: string,
  asOf: string,
  options: { needs: readonly Need[] | null; quarterCount: number; organisationId: string | null },
): Promise<DemandReport> {
  const quarters = quartersUpTo(asOf, options.quarterCount);
  const earlierFrom = monthsBefore(asOf, 24);
  const recentFrom = monthsBefore(asOf, 12);
  const from = [quarters[0]?.start ?? earlierFrom, earlierFrom].sort()[0] ?? earlierFrom;
  const rows = await db.read(demandQuery, {
    regionCode,
    from,
    asOf,
    recentFrom,
    earlierFrom,
    needs: options.needs,
    organisationId: options.organisationId,
  });
  const needs = [...new Set(rows.map((row) => row.need))].sort();
  const total = (need: Need, keep: (row: Row) => boolean) => {
    const mine = rows.filter((row) => row.need === need && keep(row));
    return {
      cases: mine.reduce((sum, row) => sum + row.cases, 0),
      visible: mine.reduce((sum, row) => sum + row.visibleCases, 0),
    };
  };
  const windows = needs.map((need) => ({
    need,
    recent: total(need, (row) => row.window === 'RECENT'),
    earlier: total(need, (row) => row.window === 'EARLIER'),
  }));
  const judged = judgeNeeds(
    windows.map((w) => ({ need: w.need, recent: w.recent.cases, earlier: w.earlier.cases })),
  );
  return {
    regionCode,
    asOf,
    needs: judged.map((judgement, i): NeedDemand => {
      const need = needs[i] as Need;
      const w = windows[i] as (typeof windows)[number];
      const perQuarter = quarters.map((quarter) => {
        const t = total(need, (row) => row.quarter === quarter.label);
        return { ...quarter, cases: counted(t.cases, t.visible), complete: quarter.end <= asOf };
      });
      return {
        ...judgement,
        need,
        recent: counted(w.recent.cases, w.recent.visible),
        earlier: counted(w.earlier.cases, w.earlier.visible),
        quarters: perQuarter,
        slope: slopePerQuarter(perQuarter.filter((q) => q.complete).map((q) => q.cases.count)),
      };
    }),
  };
}
