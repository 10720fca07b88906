import type { OrganisationKind, TieKind } from '../../server/src/network/kinds.js';
import type { Role } from '../../server/src/vocabulary/roles.js';
import { Random } from '../random.js';
import type { MunicipalityRow } from '../reference/read.js';
import { firstNames, lastNames } from './names.js';
import { rolesByKind } from './roles.js';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipalityCodes: string[];
}

export interface DemoProfessional {
  id: string;
  name: string;
  role: Role;
  email: string;
  organisationId: string;
}

export interface DemoTie {
  id: string;
  sourceId: string;
  targetId: string;
  kind: TieKind;
  strength: number;
  lastConfirmedAt: string;
}

export interface DemoNetwork {
  organisations: DemoOrganisation[];
  professionals: DemoProfessional[];
  ties: DemoTie[];
}

/** Share of expected ties that exist: the rest are the gaps a region should notice. */
const tieChance = 0.88;
/** Ties are confirmed at some date in the two years before this day (fixed, for reproducibility). */
const confirmedBefore = Date.UTC(2026, 5, 1);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const codes = (rows: readonly MunicipalityRow[]) => rows.map((row) => row.code);

/**
 * A small synthetic network over the real municipalities: per RMC region its RMC, two
 * samenwerkingsverbanden (synthetic: their real borders are not open data), Halt, MBO;
 * per municipality a wijkteam, VO schools by population and leerplicht (its own team or the
 * regional bureau); per province the OM parket and the Raad; GGD and UWV per their regions.
 * Ties follow the field's routes, with about one in eight missing. Deterministic per seed.
 */
export function generateDemoNetwork(rows: readonly MunicipalityRow[], seed = 2026): DemoNetwork {
  const random = new Random(seed);
  const organisations: DemoOrganisation[] = [];
  const ties = new Map<string, DemoTie>();

  const add = (kind: OrganisationKind, name: string, served: string[]) => {
    const id = `demo-org-${String(organisations.length + 1).padStart(5, '0')}`;
    organisations.push({ id, name, kind, municipalityCodes: served });
    return id;
  };
  const tie = (a: string, b: string, kind: TieKind, chance = tieChance) => {
    if (a === b || !random.chance(chance)) return;
    const [sourceId, targetId] = a < b ? [a, b] : [b, a];
    const id = `${sourceId}~${targetId}~${kind}`;
    if (ties.has(id)) return;
    const daysAgo = random.int(0, 730);
    ties.set(id, {
      id,
      sourceId,
      targetId,
      kind,
      strength: random.int(1, 3),
      lastConfirmedAt: new Date(confirmedBefore - daysAgo * 86_400_000).toISOString().slice(0, 10),
    });
  };

  const justice = new Map<string, { om: string; raad: string }>();
  for (const [province, inProvince] of groupBy(rows, (row) => row.province)) {
    justice.set(province, {
      om: add('OM', `OM parket ${province}`, codes(inProvince)),
      raad: add(
        'RAAD_KINDERBESCHERMING',
        `Raad voor de Kinderbescherming ${province}`,
        codes(inProvince),
      ),
    });
  }
  const ggdOf = new Map<string, string>();
  for (const [, inGgd] of groupBy(rows, (row) => row.ggd_region_code)) {
    const first = inGgd[0];
    if (first) ggdOf.set(first.ggd_region_code, add('GGD', first.ggd_region, codes(inGgd)));
  }
  const uwvOf = new Map<string, string>();
  for (const [, inAmr] of groupBy(rows, (row) => row.arbeidsmarktregio_code)) {
    const first = inAmr[0];
    if (first)
      uwvOf.set(
        first.arbeidsmarktregio_code,
        add('UWV', `UWV ${first.arbeidsmarktregio}`, codes(inAmr)),
      );
  }

  for (const [, inRegion] of groupBy(rows, (row) => row.rmc_region_code)) {
    const region = inRegion[0];
    if (!region) continue;
    const byPopulation = [...inRegion].sort((a, b) => b.population - a.population);
    const all = codes(inRegion);
    const name = region.rmc_region_name;
    const rmc = add('RMC', `RMC ${name}`, all);
    const swvPo = add('SWV_PO', `Samenwerkingsverband PO ${name}`, all);
    const swvVo = add('SWV_VO', `Samenwerkingsverband VO ${name}`, all);
    const halt = add('HALT', `Halt ${name}`, all);
    const mbos = byPopulation
      .slice(0, region.population > 0 && all.length > 8 ? 2 : 1)
      .map((m, i) => add('SCHOOL_MBO', i === 0 ? `ROC ${m.name}` : `${m.name} College (mbo)`, all));
    const small = inRegion.filter((m) => m.population < 60_000);
    const bureau =
      small.length > 0 ? add('LEERPLICHT', `Bureau Leerplicht ${name}`, codes(small)) : null;

    for (const mbo of mbos) tie(rmc, mbo, 'FORMAL_AGREEMENT');
    for (const uwv of new Set(inRegion.map((m) => uwvOf.get(m.arbeidsmarktregio_code)))) {
      if (uwv) tie(rmc, uwv, 'FORMAL_AGREEMENT');
    }

    for (const m of inRegion) {
      const wijkteam = add('WIJKTEAM', `Wijkteam ${m.name}`, [m.code]);
      const leerplicht =
        m.population >= 60_000 ? add('LEERPLICHT', `Leerplicht ${m.name}`, [m.code]) : bureau;
      const ggd = ggdOf.get(m.ggd_region_code);
      const court = justice.get(m.province);
      if (leerplicht) {
        tie(leerplicht, wijkteam, 'HANDOVER_PARTNER');
        tie(leerplicht, swvVo, 'CONSULTATION_TABLE');
        tie(leerplicht, swvPo, 'CONSULTATION_TABLE');
        tie(leerplicht, halt, 'HANDOVER_PARTNER');
        tie(leerplicht, rmc, 'INFORMAL');
        if (court) {
          tie(leerplicht, court.om, 'HANDOVER_PARTNER');
          tie(leerplicht, court.raad, 'HANDOVER_PARTNER');
        }
        if (ggd) tie(leerplicht, ggd, 'CONSULTATION_TABLE');
      }
      const schools =
        m.population >= 20_000 ? Math.min(6, Math.max(1, Math.round(m.population / 45_000))) : 0;
      for (let i = 0; i < schools; i++) {
        const practical = i === 2;
        const school = add(
          practical ? 'SCHOOL_PRAKTIJKONDERWIJS' : 'SCHOOL_VO',
          `${['Stedelijk Lyceum', 'Vmbo De Brug', 'Praktijkschool', 'Het College', 'Montessori Lyceum', 'Vakcollege'][i]} ${m.name}`,
          [m.code],
        );
        tie(school, swvVo, 'FORMAL_AGREEMENT');
        if (ggd) tie(school, ggd, 'FORMAL_AGREEMENT', 0.8);
        if (leerplicht) tie(school, leerplicht, 'HANDOVER_PARTNER');
        for (const mbo of mbos) tie(school, mbo, 'HANDOVER_PARTNER', 0.75);
        tie(school, wijkteam, 'INFORMAL', 0.5);
      }
    }
  }

  return { organisations, professionals: staff(organisations, random), ties: [...ties.values()] };
}

/** One to four professionals per organisation, in the roles its kind has. */
function staff(organisations: readonly DemoOrganisation[], random: Random): DemoProfessional[] {
  const professionals: DemoProfessional[] = [];
  for (const organisation of organisations) {
    const roles: readonly Role[] = rolesByKind[organisation.kind] ?? ['OTHER'];
    const count = Math.min(4, roles.length + random.int(0, 1));
    for (let i = 0; i < count; i++) {
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      professionals.push({
        id: `demo-pro-${String(professionals.length + 1).padStart(5, '0')}`,
        name: `${first} ${last}`,
        role: roles[i % roles.length] ?? 'OTHER',
        email: `${slug(first)}.${slug(last).replace(/-/g, '')}@${slug(organisation.name)}.example`,
        organisationId: organisation.id,
      });
    }
  }
  return professionals;
}
