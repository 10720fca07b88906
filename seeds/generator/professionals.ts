import type { OrganisationKind } from '../../server/src/network/kinds.js';
import type { Random } from '../random.js';
import { isoDate, isoDateTime, minutesPerDay } from './calendar.js';
import { sequentialId } from './codes.js';
import { firstNames, lastNames, slug } from './names.js';
import type { Preset } from './presets.js';
import { expertRoles, rolesByKind } from './roles.js';
import type { OrganisationRow, ProfessionalRow } from './types.js';

type Span = readonly [number, number];
/** Staff at DOMAIN.md scale: a fixed span, or one per so many inhabitants served (at least `min`). */
const staffing: Record<OrganisationKind, Span | { per: number; min: number }> = {
  SCHOOL_PO: [2, 4],
  SCHOOL_SO: [2, 4],
  SCHOOL_VSO: [3, 5],
  SCHOOL_VO: [5, 9],
  SCHOOL_PRAKTIJKONDERWIJS: [3, 6],
  SCHOOL_MBO: [25, 50],
  SWV_PO: { per: 60_000, min: 2 },
  SWV_VO: { per: 60_000, min: 2 },
  LEERPLICHT: { per: 20_000, min: 1 },
  RMC: { per: 50_000, min: 2 },
  WIJKTEAM: { per: 6_000, min: 2 },
  WERK_EN_INKOMEN: { per: 20_000, min: 1 },
  GGD: { per: 10_000, min: 2 },
  ONDERWIJSCONSULENTEN: { per: 600_000, min: 3 },
  JEUGDZORG: [8, 20],
  GGZ: [6, 15],
  VEILIG_THUIS: [10, 20],
  HALT: [5, 12],
  OM: [4, 10],
  RAAD_KINDERBESCHERMING: [10, 25],
  POLITIE: [2, 8],
  UWV: [8, 20],
  EMPLOYER: [1, 3],
  DUO: [8, 12],
  INGRADO: [8, 12],
  OTHER: [6, 10],
};

/**
 * Staff for every organisation, in the roles its kind has, with Dutch-looking synthetic names and
 * work addresses under `.example`. Each organisation's first professional is its longest-serving
 * contact, in post since before Rizoom's records began: the start of that job is unknown (null).
 */
export function generateProfessionals(
  preset: Preset,
  organisations: readonly OrganisationRow[],
  populationServed: (o: OrganisationRow) => number,
  random: Random,
  referenceDay: number,
): ProfessionalRow[] {
  const nextId = sequentialId(preset.name, 'pro', 5);
  const rows: ProfessionalRow[] = [];
  for (const o of organisations) {
    const rule = staffing[o.kind];
    const atScale =
      'per' in rule
        ? Math.max(rule.min, Math.round(populationServed(o) / rule.per))
        : random.int(rule[0], rule[1]);
    const count = Math.max(1, random.round(atScale * preset.density.staff));
    const roles = rolesByKind[o.kind];
    const emails = new Set<string>();
    for (let i = 0; i < count; i++) {
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      const role = roles[i % roles.length] ?? 'OTHER';
      const local = `${slug(first)}.${slug(last).replace(/-/g, '')}`;
      let email = `${local}@${slug(o.name)}.example`;
      for (let n = 2; emails.has(email); n++) email = `${local}${n}@${slug(o.name)}.example`;
      emails.add(email);
      const startDay = referenceDay - random.int(20, 4_000);
      const expertise =
        expertRoles.includes(role) && o.offers.length > 0 && random.chance(0.4)
          ? random.sample(o.offers, random.int(1, 2)).sort()
          : [];
      rows.push({
        id: nextId(),
        name: `${first} ${last}`,
        role,
        email,
        organisationId: o.id,
        from: i === 0 ? null : isoDate(startDay),
        expertise,
        createdAt: isoDateTime(startDay * minutesPerDay + random.int(420, 960)),
      });
    }
  }
  return rows;
}
