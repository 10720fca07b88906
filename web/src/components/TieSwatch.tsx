import type { TieKind } from '../api/schema';
import { DEFAULT_THEME } from '../graph/theme';

const DASHES = { solid: undefined, dashed: '6 3', dotted: '2 2' } as const;

export function TieSwatch({ kind }: { readonly kind: TieKind }) {
  const { colour, width, lineStyle } = DEFAULT_THEME.tieKinds[kind];
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
      />
    </svg>
  );
}
