import type { CaseKind, RiskIndicator } from '../../server/src/vocabulary/cases.js';
import { riskIndicators } from '../../server/src/vocabulary/cases.js';
import { type Need, needCodes } from '../../server/src/vocabulary/needs.js';
import type { Random } from '../random.js';

/** Base cases by kind, per year nationally (DOMAIN.md, "Scale"); VO → MBO cohorts come on top. */
export const kindWeights: Record<CaseKind, number> = {
  RELATIEF_VERZUIM: 60,
  LUXE_VERZUIM: 18,
  SIGNAALVERZUIM: 14,
  ABSOLUUT_VERZUIM: 12,
  THUISZITTER: 5,
  VRIJSTELLING: 10,
  VSV: 28,
  KWETSBARE_POSITIE: 12,
};

const ages: Record<CaseKind, Record<number, number>> = {
  RELATIEF_VERZUIM: {
    6: 2,
    7: 3,
    8: 3,
    9: 4,
    10: 5,
    11: 6,
    12: 8,
    13: 10,
    14: 13,
    15: 15,
    16: 14,
    17: 8,
  },
  LUXE_VERZUIM: { 5: 3, 6: 4, 7: 4, 8: 4, 9: 4, 10: 4, 11: 4, 12: 3, 13: 2 },
  SIGNAALVERZUIM: { 6: 2, 8: 3, 10: 4, 12: 6, 13: 7, 14: 8, 15: 8, 16: 6, 17: 3 },
  ABSOLUUT_VERZUIM: { 5: 3, 7: 3, 9: 3, 11: 3, 12: 4, 13: 4, 14: 5, 15: 6, 16: 6, 17: 4 },
  THUISZITTER: { 6: 2, 8: 3, 10: 4, 11: 5, 12: 7, 13: 8, 14: 9, 15: 8, 16: 6, 17: 3 },
  VRIJSTELLING: { 5: 4, 6: 4, 8: 4, 10: 4, 12: 4, 14: 4, 16: 3, 17: 2 },
  VSV: { 16: 3, 17: 6, 18: 7, 19: 6, 20: 4, 21: 3, 22: 2 },
  KWETSBARE_POSITIE: { 16: 5, 17: 6, 18: 5, 19: 3, 20: 2, 21: 1, 22: 1 },
};

const needPalettes: Record<CaseKind, { needs: readonly Need[]; count: Record<number, number> }> = {
  RELATIEF_VERZUIM: {
    needs: ['GEZIN', 'GEDRAG', 'ANGST_DEPRESSIE', 'LVB', 'GGZ_JEUGD', 'VERSLAVING', 'SCHULDHULP'],
    count: { 0: 5, 1: 4, 2: 2 },
  },
  LUXE_VERZUIM: { needs: [], count: { 0: 1 } },
  SIGNAALVERZUIM: {
    needs: ['LICHAMELIJK', 'ANGST_DEPRESSIE', 'GGZ_JEUGD', 'GEZIN'],
    count: { 1: 3, 2: 1 },
  },
  ABSOLUUT_VERZUIM: {
    needs: ['ONDERWIJS_OP_MAAT', 'TAAL', 'GEZIN', 'HUISVESTING'],
    count: { 0: 2, 1: 3, 2: 1 },
  },
  THUISZITTER: {
    needs: ['AUTISME', 'GGZ_JEUGD', 'ANGST_DEPRESSIE', 'ONDERWIJS_OP_MAAT', 'LVB', 'GEDRAG'],
    count: { 1: 3, 2: 3, 3: 1 },
  },
  VRIJSTELLING: {
    needs: ['LICHAMELIJK', 'LVB', 'DAGBESTEDING', 'GGZ_JEUGD'],
    count: { 1: 3, 2: 1 },
  },
  VSV: {
    needs: ['STAGE_WERK', 'SCHULDHULP', 'HUISVESTING', 'TAAL', 'GGZ_JEUGD'],
    count: { 0: 2, 1: 3, 2: 1 },
  },
  KWETSBARE_POSITIE: {
    needs: ['STAGE_WERK', 'LVB', 'DAGBESTEDING', 'SCHULDHULP'],
    count: { 1: 3, 2: 1 },
  },
};

const byVocabulary = <T extends string>(order: readonly T[], items: Iterable<T>) => {
  const set = new Set(items);
  return order.filter((item) => set.has(item));
};

export const sortNeeds = (needs: Iterable<Need>) => byVocabulary(needCodes, needs);
export const sortRisks = (risks: Iterable<RiskIndicator>) => byVocabulary(riskIndicators, risks);

export function ageFor(kind: CaseKind, random: Random): number {
  return Number(random.weighted(ages[kind] as Record<string, number>));
}

export function needsFor(kind: CaseKind, age: number, random: Random): Need[] {
  const palette = needPalettes[kind];
  const allowed = palette.needs.filter(
    (need) => (need !== 'VERSLAVING' || age >= 14) && (need !== 'SCHULDHULP' || age >= 16),
  );
  const count = Number(random.weighted(palette.count as Record<string, number>));
  const needs = random.sample(allowed, count);
  // Cognitively strong autistic pupils: rare, and what a region may lack a provision for.
  if (kind === 'THUISZITTER' && random.chance(0.03)) needs.push('AUTISME', 'HOOGBEGAAFDHEID');
  return sortNeeds(needs);
}

export function risksFor(kind: CaseKind, age: number, random: Random): RiskIndicator[] {
  const risks: RiskIndicator[] = [];
  const maybe = (p: number, risk: RiskIndicator) => random.chance(p) && risks.push(risk);
  switch (kind) {
    case 'RELATIEF_VERZUIM':
      risks.push('RELATIEF_VERZUIM');
      maybe(0.2, 'FREQUENT_ZIEKMELDEN');
      maybe(0.05, 'VERHUIZING');
      maybe(0.05, 'SCHOOLWISSEL');
      if (age === 12) maybe(0.3, 'OVERGANG_PO_VO');
      break;
    case 'SIGNAALVERZUIM':
      risks.push('FREQUENT_ZIEKMELDEN');
      maybe(0.3, 'RELATIEF_VERZUIM');
      break;
    case 'THUISZITTER':
      risks.push('RELATIEF_VERZUIM');
      maybe(0.4, 'FREQUENT_ZIEKMELDEN');
      maybe(0.2, 'SCHOOLWISSEL');
      break;
    case 'ABSOLUUT_VERZUIM':
      maybe(0.3, 'VERHUIZING');
      maybe(0.3, 'SCHOOLWISSEL');
      break;
    case 'VSV':
      maybe(0.6, 'RELATIEF_VERZUIM');
      break;
    case 'KWETSBARE_POSITIE':
      maybe(0.3, 'RELATIEF_VERZUIM');
      break;
    default:
      break;
  }
  return sortRisks(risks);
}
