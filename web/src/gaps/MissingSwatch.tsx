import { MISSING_COLOUR } from '../graph/stylesheet';

/** A missing expected tie's line as on the map: dashed vermillion. */
export function MissingSwatch() {
  return (
    <svg className="swatch" viewBox="0 0 32 10" width="32" height="10" aria-hidden="true">
      <line
        x1={0}
        y1={5}
        x2={32}
        y2={5}
        stroke={MISSING_COLOUR}
        strokeWidth={2.5}
        strokeDasharray="6 3"
      />
    </svg>
  );
}
