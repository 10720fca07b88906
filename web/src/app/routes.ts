import type { AccountRole } from '../api/schema';

export const VIEW_IDS = [
  'map',
  'partners',
  'gaps',
  'handovers',
  'regions',
  'signals',
  'admin',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Dutch paths: the URL a user shares says what it shows. */
export const VIEW_PATHS: Readonly<Record<ViewId, string>> = {
  map: '/',
  partners: '/partner-zoeken',
  gaps: '/hiaten',
  handovers: '/overdrachten',
  regions: '/regio-overzicht',
  signals: '/signalen',
  admin: '/beheer',
};

/** Views only some roles see; the API enforces the same (administrators import and edit templates). */
const ONLY_FOR: Partial<Record<ViewId, readonly AccountRole[]>> = { admin: ['ADMIN'] };

export function viewsFor(role: AccountRole): ViewId[] {
  return VIEW_IDS.filter((view) => ONLY_FOR[view]?.includes(role) ?? true);
}

/** The view at a path (a trailing slash is fine); null for an unknown path. */
export function viewAt(pathname: string): ViewId | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return VIEW_IDS.find((view) => VIEW_PATHS[view] === path) ?? null;
}
