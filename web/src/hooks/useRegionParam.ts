import { useCallback, useEffect } from 'react';
import { setSearchParams, useSearchParam } from '../app/url';

// The chosen region lives in the URL (?regio=MC19) so a map can be bookmarked and shared.
export const REGION_PARAM = 'regio';

/** Forgets the chosen region, so whoever signs in next starts from their own. */
export function clearRegionParam(): void {
  setSearchParams({ [REGION_PARAM]: null }, 'replace');
}

/**
 * The code from the URL when it names a known region (any letter case), else the preferred
 * one (a regional coordinator's own) when known, else the first one.
 */
export function resolveRegionCode(
  requested: string | null,
  codes: readonly string[],
  preferred: string | null = null,
): string | null {
  const known = (wanted: string | null) =>
    codes.find((code) => code.toUpperCase() === wanted?.toUpperCase());
  return known(requested) ?? known(preferred) ?? codes[0] ?? null;
}

/**
 * The selected region code, kept in sync with the URL; `null` until the codes are known.
 * Selecting a region forgets the municipality and focus chosen within the previous one.
 */
export function useRegionParam(
  codes: readonly string[] | null,
  preferred: string | null = null,
): [string | null, (code: string) => void] {
  const requested = useSearchParam(REGION_PARAM);
  const current = codes === null ? null : resolveRegionCode(requested, codes, preferred);

  // Normalise the URL (unknown or missing code) without adding a history entry.
  useEffect(() => {
    if (current !== null && current !== requested) {
      setSearchParams({ [REGION_PARAM]: current }, 'replace');
    }
  }, [current, requested]);

  const select = useCallback((code: string) => {
    setSearchParams({ [REGION_PARAM]: code, gemeente: null, focus: null, diepte: null });
  }, []);

  return [current, select];
}
