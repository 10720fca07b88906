import type { TieKind } from '../api/schema';
import { DEFAULT_THEME } from '../graph/theme';

const DASHES = { solid: undefined, dashed: '6 3', dotted: '2 2' } as const;

/** A tie kind's line as on the map; `null` is any other relation (works at, member of). */
export function TieSwatch({
  kind,
  faded = false,
}: {
  readonly kind: TieKind | null;
  readonly faded?: boolean;
}) {
  const { colour, width, lineStyle } = kind
    ? DEFAULT_THEME.tieKinds[kind]
    : DEFAULT_THEME.otherRelation;
  return (
    <svg className="swatch" viewBox="0 0 32 10" width="32" height="10" aria-hidden="true">
      <line
        x1={0}
        y1={5}
        x2={32}
        y2={5}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={DASHES[lineStyle]}
        opacity={faded ? DEFAULT_THEME.staleOpacity : 1}
      />
    </svg>
  );
}
