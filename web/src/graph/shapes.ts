/** The node shapes Rizoom uses: each is drawn by Cytoscape and by the legend's SVG swatch. */
export type KindShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'triangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'octagon'
  | 'star'
  | 'vee'
  | 'rhomboid'
  | 'tag';

// Points in the square [-1, 1]², y pointing down, as Cytoscape defines them
// (src/extensions/renderer/base/node-shapes.mjs), so legend and map look alike.
const FIXED_POLYGONS: Partial<Record<KindShape, readonly number[]>> = {
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

const SIDES: Partial<Record<KindShape, number>> = {
  triangle: 3,
  pentagon: 5,
  hexagon: 6,
  octagon: 8,
};

/** Polygon points for a shape, or null for the ones drawn as SVG primitives (ellipse, rounded). */
export function polygonPoints(shape: KindShape): readonly number[] | null {
  const fixed = FIXED_POLYGONS[shape];
  if (fixed) return fixed;
  const sides = SIDES[shape];
  if (sides) return fitToSquare(regularPolygon(sides, 1, 0));
  if (shape === 'star') return fitToSquare(starPolygon());
  return null;
}

function regularPolygon(sides: number, radius: number, rotation: number): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }).flatMap((_, i) => {
    const angle = start + i * step;
    return [radius * Math.cos(angle), -radius * Math.sin(angle)];
  });
}

function starPolygon(): number[] {
  const outer = regularPolygon(5, 1, 0);
  const inner = regularPolygon(5, 0.5 * (3 - Math.sqrt(5)) * 1.57, Math.PI / 5);
  return Array.from({ length: 5 }).flatMap((_, i) => [
    outer[2 * i] ?? 0,
    outer[2 * i + 1] ?? 0,
    inner[2 * i] ?? 0,
    inner[2 * i + 1] ?? 0,
  ]);
}

/** Stretches a polygon to fill the square, like Cytoscape's fitPolygonToSquare. */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  return points.map((value, i) =>
    i % 2 === 0
      ? -1 + ((value - minX) * 2) / (maxX - minX)
      : -1 + ((value - minY) * 2) / (maxY - minY),
  );
}
