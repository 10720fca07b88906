import type { TableKind } from '../../server/src/vocabulary/cases.js';
import type { Role } from '../../server/src/vocabulary/roles.js';
import type { Random } from '../random.js';
import { isoDate, isoDateTime, minutesPerDay } from './calendar.js';
import { sequentialId } from './codes.js';
import type { Directory } from './directory.js';
import type { Preset } from './presets.js';
import type { OrganisationRow, SeatRow, TableRow } from './types.js';

export interface Tables {
  tables: TableRow[];
  seats: SeatRow[];
}

type Seat = { organisation: OrganisationRow | undefined; roles: readonly Role[] };

/**
 * Consultation tables of the chosen regions: a ZAT per VO school and praktijkschool, per RMC
 * region a thuiszitterstafel and a VO → MBO overstaptafel, and an MDO per wijkteam in the large
 * municipalities. Each seats organisations and one of their professionals.
 */
export function generateTables(
  preset: Preset,
  directory: Directory,
  random: Random,
  referenceDay: number,
): Tables {
  const nextId = sequentialId(preset.name, 'table', 5);
  const out: Tables = { tables: [], seats: [] };
  const add = (name: string, kind: TableKind, codes: string[], seats: Seat[]) => {
    const created = referenceDay - random.int(200, 2_500);
    const id = nextId();
    out.tables.push({
      id,
      name,
      kind,
      municipalityCodes: codes,
      createdAt: isoDateTime(created * minutesPerDay + random.int(420, 960)),
    });
    const seated = new Set<string>();
    for (const { organisation, roles } of seats) {
      if (!organisation || seated.has(organisation.id)) continue;
      seated.add(organisation.id);
      const since = () => isoDate(random.int(created, referenceDay - 10));
      out.seats.push({
        tableId: id,
        type: 'Organisation',
        memberId: organisation.id,
        since: since(),
      });
      const person = directory.professional(organisation.id, random, roles);
      if (person)
        out.seats.push({ tableId: id, type: 'Professional', memberId: person.id, since: since() });
    }
  };

  const regions = [...new Set(directory.municipalities.map((m) => m.rmc_region_code))].filter(
    (code) => preset.tableRegions === 'all' || preset.tableRegions.includes(code),
  );
  for (const region of regions) {
    const name = directory.municipalities.find(
      (m) => m.rmc_region_code === region,
    )?.rmc_region_name;
    const codes = directory.municipalities
      .filter((m) => m.rmc_region_code === region)
      .map((m) => m.code);
    const one = (code: string, kind: OrganisationRow['kind']) => directory.serving(code, kind)[0];
    for (const school of directory.ownedBy(region, 'SCHOOL_VO', 'SCHOOL_PRAKTIJKONDERWIJS')) {
      const code = school.municipalityCodes[0] ?? '';
      add(
        `ZAT ${school.name}`,
        'ZAT',
        [code],
        [
          { organisation: school, roles: ['ZORGCOORDINATOR'] },
          { organisation: one(code, 'LEERPLICHT'), roles: ['LEERPLICHTAMBTENAAR'] },
          { organisation: one(code, 'GGD'), roles: ['JEUGDARTS'] },
          { organisation: one(code, 'WIJKTEAM'), roles: ['SCHOOLMAATSCHAPPELIJK_WERKER'] },
          { organisation: one(code, 'SWV_VO'), roles: ['SWV_CONSULENT'] },
        ],
      );
    }
    const ggz = directory.inRegion(region, 'GGZ').filter((o) => o.offers.includes('GGZ_JEUGD'));
    add(`Thuiszitterstafel ${name}`, 'THUISZITTERSTAFEL', codes, [
      ...directory
        .ownedBy(region, 'LEERPLICHT')
        .map((o) => ({ organisation: o, roles: ['LEERPLICHTAMBTENAAR'] as const })),
      ...directory
        .ownedBy(region, 'SWV_PO', 'SWV_VO')
        .map((o) => ({ organisation: o, roles: ['SWV_CONSULENT'] as const })),
      { organisation: directory.inRegion(region, 'ONDERWIJSCONSULENTEN')[0], roles: [] },
      ...ggz.slice(0, 2).map((o) => ({ organisation: o, roles: [] })),
      { organisation: directory.ownedBy(region, 'RMC')[0], roles: [] },
    ]);
    add(`Overstaptafel vo-mbo ${name}`, 'OVERSTAPTAFEL', codes, [
      ...directory
        .ownedBy(region, 'SCHOOL_MBO')
        .map((o) => ({ organisation: o, roles: ['MBO_INTAKER'] as const })),
      ...directory
        .ownedBy(region, 'SCHOOL_VO', 'SCHOOL_PRAKTIJKONDERWIJS')
        .filter((o) => directory.track.get(o.id) !== 'LYCEUM')
        .map((o) => ({ organisation: o, roles: ['DECAAN'] as const })),
      { organisation: directory.ownedBy(region, 'RMC')[0], roles: [] },
    ]);
    for (const code of codes) {
      if ((directory.municipality.get(code)?.population ?? 0) < 100_000) continue;
      for (const wijkteam of directory.serving(code, 'WIJKTEAM')) {
        add(
          `MDO Jeugd ${wijkteam.name}`,
          'MDO',
          [code],
          [
            { organisation: wijkteam, roles: ['CASUSREGISSEUR'] },
            ...directory
              .serving(code, 'JEUGDZORG')
              .slice(0, 2)
              .map((o) => ({ organisation: o, roles: [] })),
            { organisation: one(code, 'GGZ'), roles: [] },
            { organisation: one(code, 'GGD'), roles: ['JEUGDVERPLEEGKUNDIGE'] },
            { organisation: one(code, 'LEERPLICHT'), roles: ['LEERPLICHTAMBTENAAR'] },
          ],
        );
      }
    }
  }
  return out;
}
