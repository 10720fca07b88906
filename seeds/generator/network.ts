import { Random, subSeed } from '../random.js';
import type { MunicipalityRow } from '../reference/read.js';
import { Directory } from './directory.js';
import { municipalitiesOf } from './geography.js';
import { assignOffers } from './offers.js';
import { generateOrganisations, type Organisations } from './organisations.js';
import type { Preset } from './presets.js';
import { generateProfessionals } from './professionals.js';
import { generateTables } from './tables.js';
import { generateTies, type Ties } from './ties.js';
import type { NetworkRows, OrganisationRow } from './types.js';

export interface Network {
  rows: NetworkRows;
  directory: Directory;
  ties: Ties;
  regional: Organisations['regional'];
}

/** Inhabitants an organisation serves; a wijkteam shares its municipality with the others there. */
function populationServed(directory: Directory) {
  return (o: OrganisationRow) =>
    o.municipalityCodes.reduce((sum, code) => {
      const people = directory.municipality.get(code)?.population ?? 0;
      const teams = o.kind === 'WIJKTEAM' ? directory.serving(code, 'WIJKTEAM').length : 1;
      return sum + people / Math.max(1, teams);
    }, 0);
}

/** Organisations, their offers and staff, ties and consultation tables: everything but cases. */
export function generateNetwork(
  preset: Preset,
  seed: number,
  referenceDay: number,
  all: readonly MunicipalityRow[],
): Network {
  const rows = municipalitiesOf(all, preset.regions);
  const organisations = generateOrganisations(
    preset,
    rows,
    all,
    new Random(subSeed(seed, 'organisations')),
    referenceDay,
  );
  const directory = new Directory(organisations.rows, rows, organisations.track);
  const gap = preset.plants.provisionGap;
  assignOffers(organisations.rows, directory.regionOf, new Random(subSeed(seed, 'offers')), gap);
  const professionals = generateProfessionals(
    preset,
    organisations.rows,
    populationServed(directory),
    new Random(subSeed(seed, 'professionals')),
    referenceDay,
  );
  directory.addStaff(professionals);
  const ties = generateTies({
    organisations: organisations.rows,
    staff: directory.staff,
    regionOf: directory.regionOf,
    rmcOf: new Map([...organisations.regional].map(([code, r]) => [code, r.rmc])),
    plants: preset.plants,
    professionalTieShare: preset.professionalTieShare,
    random: new Random(subSeed(seed, 'ties')),
    referenceDay,
  });
  const tables = generateTables(
    preset,
    directory,
    new Random(subSeed(seed, 'tables')),
    referenceDay,
  );
  return {
    rows: {
      organisations: organisations.rows,
      professionals,
      ties: ties.rows,
      tables: tables.tables,
      seats: tables.seats,
    },
    directory,
    ties,
    regional: organisations.regional,
  };
}
