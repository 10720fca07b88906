import type { OrganisationKind } from '../../server/src/network/kinds.js';
import type { CaseKind } from '../../server/src/vocabulary/cases.js';
import type { Random } from '../random.js';
import type { MunicipalityRow } from '../reference/read.js';
import { isoDate, isWorkingDay, officeMoment } from './calendar.js';
import { ageFor, needsFor, risksFor } from './case-drafts.js';
import { type CaseContext, type CaseSpec, type MadeCase, makeCase } from './cases.js';
import type { Directory } from './directory.js';
import { receiverIn, routes } from './routes.js';
import type { OrganisationRow } from './types.js';

/** Cases are opened in the two years before the reference date. */
export const caseSpanDays = 730;

/** A region's organisations at hand for drafting its cases. */
export class RegionPools {
  readonly municipalities: MunicipalityRow[];
  private readonly cumulative: number[];
  private readonly owned = new Map<OrganisationKind, OrganisationRow[]>();
  /** Older pupils with a relatief-verzuim case: some drop out later (the same subject). */
  readonly laterLeavers: { subjectKey: string; age: number; day: number; residence: string }[] = [];

  constructor(
    readonly directory: Directory,
    readonly regionCode: string,
    private readonly random: Random,
  ) {
    this.municipalities = directory.municipalities.filter((m) => m.rmc_region_code === regionCode);
    let total = 0;
    this.cumulative = this.municipalities.map((m) => {
      total += Math.max(1, m.population);
      return total;
    });
  }

  own(kind: OrganisationKind): OrganisationRow[] {
    let list = this.owned.get(kind);
    if (!list) {
      list = this.directory.ownedBy(this.regionCode, kind);
      this.owned.set(kind, list);
    }
    return list;
  }

  /** A municipality of the region, in proportion to its population. */
  residence(): string {
    const at = this.random.float() * (this.cumulative[this.cumulative.length - 1] ?? 1);
    const index = this.cumulative.findIndex((c) => c > at);
    return this.municipalities[Math.max(0, index)]?.code ?? '';
  }

  /** Where a pupil of this school lives: mostly its own municipality, else one with the same leerplicht team. */
  residenceOf(school: OrganisationRow): string {
    const home = school.municipalityCodes[0] ?? this.residence();
    if (school.municipalityCodes.length > 1) return this.residence();
    if (this.random.chance(0.7)) return home;
    const team = this.leerplicht(home)?.id;
    const same = this.municipalities.filter((m) => this.leerplicht(m.code)?.id === team);
    return same.length > 0 ? this.random.pick(same).code : home;
  }

  leerplicht(code: string) {
    return this.directory.serving(code, 'LEERPLICHT')[0];
  }

  /** A school of one of the kinds (by weight), optionally of certain VO tracks. */
  school(weights: Partial<Record<OrganisationKind, number>>, notLyceum = false) {
    const usable = Object.fromEntries(
      Object.entries(weights).filter(([kind]) => this.own(kind as OrganisationKind).length > 0),
    ) as Partial<Record<OrganisationKind, number>>;
    if (Object.keys(usable).length === 0) return null;
    const kind = this.random.weighted(usable);
    const schools = this.own(kind).filter(
      (o) => !notLyceum || this.directory.track.get(o.id) !== 'LYCEUM',
    );
    return schools.length > 0 ? this.random.pick(schools) : this.random.pick(this.own(kind));
  }
}

/** A working day in the span, with fewer in the summer holidays. */
export function openingDay(random: Random, referenceDay: number): number {
  for (;;) {
    const day = referenceDay - random.int(1, caseSpanDays);
    const month = isoDate(day).slice(5, 7);
    if (!isWorkingDay(day)) continue;
    if ((month === '07' || month === '08') && !random.chance(0.4)) continue;
    return day;
  }
}

function schoolWeights(kind: CaseKind, age: number): Partial<Record<OrganisationKind, number>> {
  if (kind === 'KWETSBARE_POSITIE') {
    return { SCHOOL_PRAKTIJKONDERWIJS: 35, SCHOOL_VSO: 25, SCHOOL_VO: 20, SCHOOL_MBO: 20 };
  }
  if (age <= 11)
    return {
      SCHOOL_PO: kind === 'THUISZITTER' ? 70 : 90,
      SCHOOL_SO: kind === 'THUISZITTER' ? 30 : 10,
    };
  if (age <= 15) return { SCHOOL_VO: 70, SCHOOL_PRAKTIJKONDERWIJS: 15, SCHOOL_VSO: 15 };
  if (age === 16)
    return { SCHOOL_VO: 60, SCHOOL_PRAKTIJKONDERWIJS: 10, SCHOOL_VSO: 10, SCHOOL_MBO: 20 };
  return kind === 'VSV' ? { SCHOOL_MBO: 75, SCHOOL_VO: 25 } : { SCHOOL_MBO: 70, SCHOOL_VO: 30 };
}

/** Who registers a case of this kind, at which school, for a youth living where. */
function placement(kind: CaseKind, age: number, pools: RegionPools, random: Random) {
  const rmc = pools.own('RMC')[0];
  const byLeerplicht = kind === 'ABSOLUUT_VERZUIM' || kind === 'VRIJSTELLING';
  if (byLeerplicht || (kind === 'VSV' && rmc && random.chance(0.4))) {
    const residence = pools.residence();
    const registrar = byLeerplicht ? pools.leerplicht(residence) : rmc;
    const school =
      kind === 'VSV' && random.chance(0.7) ? pools.school(schoolWeights(kind, age), true) : null;
    return registrar ? { residence, registrar, school } : null;
  }
  const school = pools.school(
    schoolWeights(kind, age),
    kind === 'VSV' || kind === 'KWETSBARE_POSITIE',
  );
  if (!school) return null;
  const residence = pools.residenceOf(school);
  if (kind === 'THUISZITTER' && random.chance(0.3)) {
    const level = school.kind === 'SCHOOL_PO' || school.kind === 'SCHOOL_SO' ? 'SWV_PO' : 'SWV_VO';
    const swv = pools.own(level)[0];
    if (swv) return { residence, registrar: swv, school };
  }
  return { residence, registrar: school, school };
}

/** One case of the kind, drafted and moved along its route. Null when the region lacks the parts. */
export function baseCase(
  context: CaseContext,
  pools: RegionPools,
  kind: CaseKind,
): MadeCase | null {
  const { random, referenceDay } = context;
  let age = ageFor(kind, random);
  const place = placement(kind, age, pools, random);
  if (!place) return null;
  let day = openingDay(random, referenceDay);
  let subjectKey: string | null = null;
  const earlier = kind === 'VSV' && random.chance(0.3) && pools.laterLeavers.length > 0;
  if (earlier) {
    const before = random.pick(pools.laterLeavers);
    const later = before.day + random.int(60, 300);
    if (later < referenceDay && isWorkingDay(later)) {
      subjectKey = before.subjectKey;
      day = later;
      age = Math.max(16, before.age + Math.round((later - before.day) / 365));
      place.residence = before.residence;
    }
  }
  subjectKey ??= context.subjects.next(pools.regionCode);
  const spec: CaseSpec = {
    kind,
    age,
    needs: needsFor(kind, age, random),
    risks: risksFor(kind, age, random),
    residence: place.residence,
    school: place.school,
    registrar: place.registrar,
    opened: officeMoment(day, random.int(0, 510)),
    subjectKey,
  };
  const accepted = receiverIn(pools.directory);
  const draft = {
    kind,
    age,
    needs: spec.needs,
    frequentSickness: spec.risks.includes('FREQUENT_ZIEKMELDEN'),
    registrar: place.registrar,
  };
  const made = makeCase(context, spec, (j) => routes[kind](j, draft, random, accepted));
  if (kind === 'RELATIEF_VERZUIM' && age >= 15) {
    pools.laterLeavers.push({ subjectKey, age, day, residence: place.residence });
  }
  return made;
}
