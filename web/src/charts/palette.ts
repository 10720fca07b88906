import { OKABE_ITO } from '../graph/palette';

// Chart colours from the map's colour-blind-safe Okabe–Ito palette. Series follow this order;
// a highlighted bar takes vermillion and a dark outline, so it stands out by more than hue.

export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
];

export const HIGHLIGHT_COLOUR = OKABE_ITO.vermillion;
export const HIGHLIGHT_OUTLINE = '#1a1a1a';
export const GRID_COLOUR = '#c9ccd1';
export const AXIS_COLOUR = '#575757';

/** The colour of the series at `index`, repeating when there are more series than colours. */
export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? OKABE_ITO.blue;
}
