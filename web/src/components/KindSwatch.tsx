import type { NodeType, OrganisationKind } from '../api/schema';
import { polygonPoints } from '../graph/shapes';
import { DEFAULT_THEME, type NodeKindStyle } from '../graph/theme';

/** The node's shape and colour as a small SVG, matching how Cytoscape draws it. */
export function KindSwatch({ kind }: { readonly kind: OrganisationKind }) {
  return <ShapeSwatch style={DEFAULT_THEME.nodeKinds[kind]} />;
}

/** Professionals, tables and municipalities, drawn as on the map. */
export function TypeSwatch({ type }: { readonly type: Exclude<NodeType, 'Organisation'> }) {
  return <ShapeSwatch style={DEFAULT_THEME.nodeTypes[type]} />;
}

function ShapeSwatch({ style }: { readonly style: NodeKindStyle }) {
  const { colour, shape } = style;
  const paint = { fill: colour, stroke: DEFAULT_THEME.nodeBorderColour, strokeWidth: 0.15 };
  const points = polygonPoints(shape);
  return (
    <svg className="swatch" viewBox="-1.2 -1.2 2.4 2.4" width="18" height="18" aria-hidden="true">
      {points ? (
        <polygon points={points.join(' ')} {...paint} />
      ) : shape === 'round-rectangle' ? (
        <rect x={-1} y={-1} width={2} height={2} rx={0.5} {...paint} />
      ) : (
        <circle r={1} {...paint} />
      )}
    </svg>
  );
}
