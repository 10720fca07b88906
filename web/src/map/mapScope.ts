/** What the map shows: a region, one municipality of it, or the steps around one node. */
export type MapScope =
  | { readonly kind: 'region'; readonly regionCode: string }
  | { readonly kind: 'municipality'; readonly regionCode: string; readonly municipalityId: string }
  | {
      readonly kind: 'focus';
      readonly regionCode: string;
      readonly nodeId: string;
      readonly depth: number;
    };

export const MAX_DEPTH = 3;

/** Reads the scope from the URL's parameters (regio, gemeente, focus, diepte). */
export function scopeFrom(
  regionCode: string,
  municipalityId: string | null,
  focusId: string | null,
  depth: string | null,
): MapScope {
  if (focusId) {
    const steps = Math.min(MAX_DEPTH, Math.max(1, Number.parseInt(depth ?? '1', 10) || 1));
    return { kind: 'focus', regionCode, nodeId: focusId, depth: steps };
  }
  if (municipalityId) return { kind: 'municipality', regionCode, municipalityId };
  return { kind: 'region', regionCode };
}

/** One string per scope: a new key lays the map out afresh. */
export function scopeKey(scope: MapScope): string {
  switch (scope.kind) {
    case 'region':
      return `region:${scope.regionCode}`;
    case 'municipality':
      return `municipality:${scope.municipalityId}`;
    case 'focus':
      return `focus:${scope.nodeId}:${scope.depth}`;
  }
}
