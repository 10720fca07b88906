import type { OrganisationKind } from '../../server/src/network/kinds.js';
import type { Random } from '../random.js';
import type { MunicipalityRow } from '../reference/read.js';
import { isoDateTime, minutesPerDay } from './calendar.js';
import { brin, kvk, sequentialId, swvCode } from './codes.js';
import { apportion, codesOf, groupBy, populationOf } from './geography.js';
import {
  districts,
  employerTrades,
  lastNames,
  poSchoolNames,
  poSchoolTypes,
  providerAdjectives,
  providerWords,
  voSchoolNames,
} from './names.js';
import type { Preset } from './presets.js';
import type { OrganisationRow } from './types.js';

/** VO schools differ in how many pupils go on to MBO; the name shows which a school is. */
export type SchoolTrack = 'VMBO' | 'BREED' | 'LYCEUM';

export interface Organisations {
  rows: OrganisationRow[];
  track: Map<string, SchoolTrack>;
  /** Each RMC region's RMC, SWVs and MBO institutions. */
  regional: Map<string, { rmc: string; swvPo: string; swvVo: string; mbos: string[] }>;
}

/** National densities per 100,000 inhabitants (DOMAIN.md: ~6,500 PO, ~650 VO institutions). */
const per100k = { PO: 36, SO: 0.85, VSO: 0.95, VO: 3.3, PRO: 0.95, EMPLOYER: 25 };
const mboNationally = 59;

class OrganisationFactory {
  readonly rows: OrganisationRow[] = [];
  readonly track = new Map<string, SchoolTrack>();
  private readonly nextId;
  private brins = 0;
  private kvks = 0;

  constructor(
    private readonly preset: Preset,
    private readonly random: Random,
    private readonly referenceDay: number,
  ) {
    this.nextId = sequentialId(preset.name, 'org', 5);
  }

  add(
    kind: OrganisationKind,
    name: string,
    served: readonly MunicipalityRow[],
    extra: { brin?: boolean; kvk?: boolean; swvCode?: string; swvId?: string } = {},
  ): string {
    // Registered in Rizoom some time in the eight years before the reference date.
    const day = this.referenceDay - this.random.int(400, 3_000);
    const row: OrganisationRow = {
      id: this.nextId(),
      name,
      kind,
      brin: extra.brin ? brin(this.preset.name, this.brins++) : null,
      kvk: extra.kvk ? kvk(this.preset.name, ++this.kvks) : null,
      swvCode: extra.swvCode ?? null,
      municipalityCodes: codesOf(served),
      offers: [],
      swvId: extra.swvId ?? null,
      createdAt: isoDateTime(day * minutesPerDay + this.random.int(420, 960)),
    };
    this.rows.push(row);
    return row.id;
  }
}

/**
 * The organisations of the field over the chosen municipalities, in proportion to population:
 * national bodies, then per province, GGD region, veiligheidsregio, arbeidsmarktregio and
 * jeugdregio, then per RMC region and per municipality (DOMAIN.md, "Who is in the network").
 * `all` is every municipality, to spread the 59 MBO institutions as nationally.
 */
export function generateOrganisations(
  preset: Preset,
  rows: readonly MunicipalityRow[],
  all: readonly MunicipalityRow[],
  random: Random,
  referenceDay: number,
): Organisations {
  const f = new OrganisationFactory(preset, random, referenceDay);
  const d = preset.density;

  f.add('DUO', 'DUO (Dienst Uitvoering Onderwijs)', rows);
  f.add('INGRADO', 'Ingrado', rows);
  f.add('ONDERWIJSCONSULENTEN', 'Onderwijsconsulenten', rows);
  f.add('OTHER', 'Inspectie van het Onderwijs', rows);

  for (const [province, inProvince] of groupBy(rows, (m) => m.province)) {
    f.add('OM', `OM Parket ${province}`, inProvince);
    f.add('RAAD_KINDERBESCHERMING', `Raad voor de Kinderbescherming ${province}`, inProvince);
  }
  for (const inGgd of groupBy(rows, (m) => m.ggd_region_code).values()) {
    f.add('GGD', inGgd[0]?.ggd_region ?? 'GGD', inGgd);
  }
  for (const inVr of groupBy(rows, (m) => m.veiligheidsregio_code).values()) {
    const name = inVr[0]?.veiligheidsregio ?? '';
    f.add('VEILIG_THUIS', `Veilig Thuis ${name}`, inVr);
    f.add('HALT', `Halt ${name}`, inVr);
    f.add('POLITIE', `Politie ${name}`, inVr);
  }
  for (const inAmr of groupBy(rows, (m) => m.arbeidsmarktregio_code).values()) {
    f.add('UWV', `UWV ${inAmr[0]?.arbeidsmarktregio ?? ''}`, inAmr);
  }
  for (const inJeugdregio of groupBy(rows, (m) => m.jeugdregio_code).values()) {
    const name = inJeugdregio[0]?.jeugdregio ?? '';
    const population = populationOf(inJeugdregio);
    const care = Math.max(2, random.round((population / 150_000) * d.providers));
    const ggz = Math.max(1, random.round((population / 250_000) * d.providers));
    for (let i = 0; i < care; i++) {
      const label = `${random.pick(providerAdjectives)} ${random.pick(providerWords.JEUGDZORG)} ${name}`;
      f.add('JEUGDZORG', label, inJeugdregio, { kvk: true });
    }
    for (let i = 0; i < ggz; i++) {
      const label = `${random.pick(providerAdjectives)} ${random.pick(providerWords.GGZ)} ${name}`;
      f.add('GGZ', label, inJeugdregio, { kvk: true });
    }
  }

  const mboShare = apportion(
    new Map([...groupBy(all, (m) => m.rmc_region_code)].map(([k, v]) => [k, populationOf(v)])),
    mboNationally,
    1,
  );
  const regional: Organisations['regional'] = new Map();
  for (const [regionCode, inRegion] of groupBy(rows, (m) => m.rmc_region_code)) {
    regional.set(regionCode, addRegion(f, random, preset, regionCode, inRegion, mboShare));
  }
  return { rows: f.rows, track: f.track, regional };
}

function addRegion(
  f: OrganisationFactory,
  random: Random,
  preset: Preset,
  regionCode: string,
  inRegion: MunicipalityRow[],
  mboShare: Map<string, number>,
) {
  const d = preset.density;
  const name = inRegion[0]?.rmc_region_name ?? regionCode;
  const byPopulation = [...inRegion].sort((a, b) => b.population - a.population);
  const largest = byPopulation[0] ?? inRegion[0];
  if (!largest) throw new Error(`region ${regionCode} has no municipalities`);
  const rmc = f.add('RMC', `RMC ${name}`, inRegion);
  const swvPo = f.add('SWV_PO', `Samenwerkingsverband PO ${name}`, inRegion, {
    swvCode: swvCode(preset.name, 'PO', regionCode),
  });
  const swvVo = f.add('SWV_VO', `Samenwerkingsverband VO ${name}`, inRegion, {
    swvCode: swvCode(preset.name, 'VO', regionCode),
  });
  const mbos = Array.from({ length: mboShare.get(regionCode) ?? 1 }, (_, i) => {
    const town = byPopulation[i % byPopulation.length]?.name ?? name;
    const label = i === 0 ? `ROC ${name}` : i === 1 ? `${town} College (mbo)` : `Vakschool ${town}`;
    return f.add('SCHOOL_MBO', label, inRegion, { brin: true });
  });
  const small = inRegion.filter((m) => m.population < 60_000);
  if (small.length > 0) f.add('LEERPLICHT', `Regionaal Bureau Leerplicht ${name}`, small);
  const smallWi = inRegion.filter((m) => m.population < 50_000);
  if (smallWi.length > 0) f.add('WERK_EN_INKOMEN', `Sociale Dienst ${name}`, smallWi);

  // Schools and employers by population, with a floor per region so each has the full field.
  const counts = new Map(
    inRegion.map((m) => {
      const scale = m.population / 100_000;
      const po = random.round(scale * per100k.PO * d.primarySchools);
      return [
        m.code,
        {
          PO: d.primarySchools >= 0.5 ? Math.max(1, po) : po,
          SO: random.round(scale * per100k.SO * d.primarySchools),
          VSO: random.round(scale * per100k.VSO * d.secondarySchools),
          VO: random.round(scale * per100k.VO * d.secondarySchools),
          PRO: random.round(scale * per100k.PRO * d.secondarySchools),
          EMPLOYER: random.round(scale * per100k.EMPLOYER * d.employers),
        },
      ];
    }),
  );
  const total = (key: keyof typeof per100k) =>
    [...counts.values()].reduce((sum, c) => sum + c[key], 0);
  const floors = { PO: 2, SO: 1, VSO: 1, VO: 3, PRO: 1, EMPLOYER: 3 };
  const top = counts.get(largest.code);
  for (const key of Object.keys(floors) as (keyof typeof floors)[]) {
    if (top) top[key] += Math.max(0, floors[key] - total(key));
  }

  let voInRegion = 0;
  for (const m of inRegion) {
    const c = counts.get(m.code);
    if (!c) continue;
    const one = [m];
    if (m.population >= 60_000) f.add('LEERPLICHT', `Leerplicht ${m.name}`, one);
    if (m.population >= 50_000) f.add('WERK_EN_INKOMEN', `Werk & Inkomen ${m.name}`, one);
    if (m.population >= 100_000) f.add('POLITIE', `Politie basisteam ${m.name}`, one);
    const wijkteams =
      m.population >= 100_000
        ? Math.max(2, random.round((m.population / 100_000) * d.providers))
        : 1;
    for (let i = 0; i < wijkteams; i++) {
      const district =
        wijkteams > 1
          ? ` ${districts[i % districts.length]}${i >= districts.length ? ` ${Math.floor(i / districts.length) + 1}` : ''}`
          : '';
      f.add('WIJKTEAM', `Wijkteam ${m.name}${district}`, one);
    }
    for (let i = 0; i < c.PO; i++) {
      const label = `${random.pick(poSchoolTypes)} ${poSchoolNames[i % poSchoolNames.length]} ${m.name}${i >= poSchoolNames.length ? ` ${Math.floor(i / poSchoolNames.length) + 1}` : ''}`;
      f.add('SCHOOL_PO', label, one, { brin: true, swvId: swvPo });
    }
    for (let i = 0; i < c.SO; i++) {
      f.add('SCHOOL_SO', `SO De Kameleon ${m.name}${i ? ` ${i + 1}` : ''}`, one, {
        brin: true,
        swvId: swvPo,
      });
    }
    for (let i = 0; i < c.VSO; i++) {
      f.add('SCHOOL_VSO', `VSO Het Mozaïek ${m.name}${i ? ` ${i + 1}` : ''}`, one, {
        brin: true,
        swvId: swvVo,
      });
    }
    for (let i = 0; i < c.VO; i++) {
      // The first three of a region are one of each, so every region has a vmbo.
      const track: SchoolTrack =
        voInRegion < 3
          ? ((['VMBO', 'BREED', 'LYCEUM'] as const)[voInRegion] ?? 'BREED')
          : random.weighted({ VMBO: 35, BREED: 40, LYCEUM: 25 });
      voInRegion++;
      const names = voSchoolNames[track];
      const label = `${names[i % names.length]} ${m.name}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`;
      const id = f.add('SCHOOL_VO', label, one, { brin: true, swvId: swvVo });
      f.track.set(id, track);
    }
    for (let i = 0; i < c.PRO; i++) {
      f.add('SCHOOL_PRAKTIJKONDERWIJS', `Praktijkschool ${m.name}${i ? ` ${i + 1}` : ''}`, one, {
        brin: true,
        swvId: swvVo,
      });
    }
    for (let i = 0; i < c.EMPLOYER; i++) {
      const label = `${employerTrades[i % employerTrades.length]} ${random.pick(lastNames)} ${m.name}`;
      f.add('EMPLOYER', label, one, { kvk: true });
    }
  }
  return { rmc, swvPo, swvVo, mbos };
}
