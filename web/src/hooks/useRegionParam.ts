import { useCallback, useEffect, useState } from 'react';

// The chosen region lives in the URL (?regio=MC19) so a map can be bookmarked and shared.
const REGION_PARAM = 'regio';

function readRegionParam(): string | null {
  return new URLSearchParams(window.location.search).get(REGION_PARAM);
}

function writeRegionParam(code: string, mode: 'push' | 'replace'): void {
  const url = new URL(window.location.href);
  url.searchParams.set(REGION_PARAM, code);
  if (url.href === window.location.href) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Forgets the chosen region, so whoever signs in next starts from their own. */
export function clearRegionParam(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(REGION_PARAM);
  window.history.replaceState(null, '', url);
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

/** The selected region code, kept in sync with the URL; `null` until the codes are known. */
export function useRegionParam(
  codes: readonly string[] | null,
  preferred: string | null = null,
): [string | null, (code: string) => void] {
  const [requested, setRequested] = useState(readRegionParam);

  useEffect(() => {
    const onPopState = () => setRequested(readRegionParam());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const current = codes === null ? null : resolveRegionCode(requested, codes, preferred);

  // Normalise the URL (unknown or missing code) without adding a history entry.
  useEffect(() => {
    if (current !== null) writeRegionParam(current, 'replace');
  }, [current]);

  const select = useCallback((code: string) => {
    writeRegionParam(code, 'push');
    setRequested(code);
  }, []);

  return [current, select];
}
