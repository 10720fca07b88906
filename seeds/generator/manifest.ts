import type { OrganisationKind } from '../../server/src/network/kinds.js';
import type { Need } from '../../server/src/vocabulary/needs.js';
import type {
  HiddenCollaboration,
  PingPong,
  StalledHandover,
  Uncoordinated,
} from './case-plants.js';
import type { CohortStats } from './cohorts.js';
import { serviceLevelWorkingDays } from './journey.js';
import type { PresetName } from './presets.js';
import { type Sector, sectorOf, tieRules } from './tie-rules.js';
import type { MissingTie } from './ties.js';
import type { EntityName } from './types.js';

export const manifestFormat = 'rizoom-seed-manifest/1';

/** What a generator planted, with ids, so that analyses can be checked against it (README.md). */
export interface Manifest {
  format: typeof manifestFormat;
  preset: PresetName;
  seed: number;
  /** The "today" of the data: judge service levels and staleness as of this date. */
  referenceDate: string;
  /** Every id the preset wrote starts with this. */
  idPrefix: string;
  regions: string[];
  rules: {
    serviceLevelWorkingDays: number;
    workingDays: string;
    staleAfterMonths: number;
    firstMboYear: string;
    pingPong: string;
    multiParty: string;
  };
  counts: Record<EntityName | 'subjects', number>;
  sectors: Record<OrganisationKind, Sector>;
  expectedTies: {
    code: string;
    from: readonly string[];
    to: readonly string[];
    kind: string;
    scope: string;
    toOffers: string | null;
    description: string;
  }[];
  planted: {
    missingTies: MissingTie[];
    provisionGap: { regionCode: string; need: Need; caseIds: string[] } | null;
    vmboDropout: {
      regionCode: string;
      schoolId: string;
      cohorts: Pick<CohortStats, 'year' | 'transfers' | 'dropouts' | 'complete'>[];
      transferCaseIds: string[];
      dropoutCaseIds: string[];
      /** Every other school, complete cohorts only. */
      baseline: {
        schools: number;
        transfers: number;
        dropouts: number;
        rate: number;
        highestOtherRate: number;
      };
    } | null;
    stalledHandovers: StalledHandover[];
    pingPongHandovers: PingPong[];
    multiPartyWithoutCoordinator: Uncoordinated[];
    soleBroker: {
      regionCode: string;
      brokerId: string;
      sector: Sector;
      sectorOrganisationIds: string[];
    } | null;
    hiddenCollaboration: HiddenCollaboration | null;
    staleTies: { count: number; ids: string[] };
  };
}

export const manifestRules: Manifest['rules'] = {
  serviceLevelWorkingDays,
  workingDays: 'Monday to Friday; no holidays',
  staleAfterMonths: 12,
  firstMboYear:
    'a VSV case of the same subject, at an MBO, opened from 1 October after the warm VO → MBO handover to 30 June a year later',
  pingPong: 'within one case a handover A → B followed by a handover B → A',
  multiParty:
    'an open case with three or more organisations involved (INVOLVED_IN) and no COORDINATES',
};

export const expectedTiesTemplate = (): Manifest['expectedTies'] =>
  tieRules
    .filter((rule) => rule.expected)
    .map((rule) => ({
      code: rule.code,
      from: rule.from,
      to: rule.to,
      kind: rule.kind,
      scope:
        rule.scope === 'membership'
          ? 'a school and the SWV it is a member of'
          : 'organisations serving a common municipality',
      toOffers: rule.toOffers ?? null,
      description: rule.description,
    }));

/** The vmbo section: the planted school's cohorts against every other school's complete cohorts. */
export function vmboSection(
  stats: readonly CohortStats[],
  plantedRegion: string | undefined,
  plantedSchool: string | undefined,
) {
  if (!plantedRegion || !plantedSchool) return null;
  const mine = stats.filter((s) => s.schoolId === plantedSchool);
  const others = new Map<string, { transfers: number; dropouts: number }>();
  for (const s of stats) {
    if (s.schoolId === plantedSchool || !s.complete) continue;
    const o = others.get(s.schoolId) ?? { transfers: 0, dropouts: 0 };
    o.transfers += s.transfers;
    o.dropouts += s.dropouts;
    others.set(s.schoolId, o);
  }
  const transfers = [...others.values()].reduce((sum, o) => sum + o.transfers, 0);
  const dropouts = [...others.values()].reduce((sum, o) => sum + o.dropouts, 0);
  const rates = [...others.values()]
    .filter((o) => o.transfers > 0)
    .map((o) => o.dropouts / o.transfers);
  return {
    regionCode: plantedRegion,
    schoolId: plantedSchool,
    cohorts: mine.map(({ year, transfers: t, dropouts: d, complete }) => ({
      year,
      transfers: t,
      dropouts: d,
      complete,
    })),
    transferCaseIds: mine.flatMap((s) => s.caseIds),
    dropoutCaseIds: mine.flatMap((s) => s.dropoutCaseIds),
    baseline: {
      schools: others.size,
      transfers,
      dropouts,
      rate: transfers > 0 ? Math.round((dropouts / transfers) * 1000) / 1000 : 0,
      highestOtherRate: Math.round(Math.max(0, ...rates) * 1000) / 1000,
    },
  };
}

export { sectorOf };
