import type { Viewer } from '../api/operations/viewer';

/** The region to open when the URL names none: a regional coordinator's own. */
export function preferredRegionCode(viewer: Viewer): string | null {
  return viewer.role === 'REGIONAL_COORDINATOR' ? (viewer.regions[0]?.code ?? null) : null;
}
