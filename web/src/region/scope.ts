import type { RegionSummary } from '../api/operations/regions';
import type { AccountRole } from '../api/schema';

/** The pseudo region code (in ?regio=) for the whole country, which only Ingrado is offered. */
export const NATIONAL_CODE = 'NL';

/** What the overview shows: one RMC region, or (regionCode null) the whole country. */
export interface OverviewScope {
  readonly regionCode: string | null;
  readonly code: string;
  readonly name: string;
}

/**
 * The scopes a role may pick, in the picker's order: Ingrado administrators start with the
 * whole country, then every region by name; others every region (the network is open to all
 * signed-in users; a coordinator starts in their own through the preferred code).
 */
export function overviewScopes(
  role: AccountRole,
  regions: readonly RegionSummary[],
  countryName: string,
): OverviewScope[] {
  const perRegion = regions.map((region) => ({
    regionCode: region.code,
    code: region.code,
    name: region.name,
  }));
  return role === 'ADMIN'
    ? [{ regionCode: null, code: NATIONAL_CODE, name: countryName }, ...perRegion]
    : perRegion;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day the overview is taken as of (?peildatum=): a valid date from the URL up to today,
 * else today. A day after today would show a network nobody has seen yet.
 */
export function resolveAsOf(requested: string | null, today: string): string {
  if (requested === null || !DAY.test(requested)) return today;
  const parsed = new Date(`${requested}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== requested) {
    return today;
  }
  return requested > today ? today : requested;
}
