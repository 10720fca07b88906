import cytoscape, { type Core } from 'cytoscape';
import { registerExtensions } from './extensions';
import type { RenderMode } from './renderMode';
import { buildStylesheet } from './stylesheet';
import type { GraphTheme } from './theme';

/**
 * Device pixels per CSS pixel of a large map: no sharper than the screen's CSS pixels (cheaper).
 * Just above 1 because at exactly 1 Cytoscape draws its pan snapshot at twice the resolution,
 * which first renders every node texture anew at that size: seconds on thousands of nodes.
 */
export const LARGE_PIXEL_RATIO = 1.01;

/**
 * Creates the one Cytoscape instance of a map; its owner must `destroy()` it. A large graph gets
 * Cytoscape's performance options (and WebGL where it works); when the WebGL renderer cannot
 * start, the map falls back to the canvas renderer.
 */
export function createGraph(
  container: HTMLElement,
  theme: GraphTheme,
  mode: RenderMode,
): { cy: Core; webgl: boolean } {
  registerExtensions();
  const options = {
    container,
    style: buildStylesheet(theme, { large: mode.large }),
    // Selection is React state (the details panel), shown through classes: see selection.ts.
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.05,
    maxZoom: 3,
    ...(mode.large
      ? {
          // While the map pans or zooms: a snapshot of the map moved as one image (canvas), not
          // a redraw of thousands of elements per frame. The snapshot keeps the ties in view
          // (few: see tieDetail.ts); without it (WebGL) ties and labels wait for the rest.
          hideEdgesOnViewport: mode.webgl,
          hideLabelsOnViewport: true,
          textureOnViewport: !mode.webgl,
          motionBlur: false,
          pixelRatio: LARGE_PIXEL_RATIO,
        }
      : { pixelRatio: 'auto' as const }),
  };
  if (mode.webgl) {
    try {
      return { cy: cytoscape({ ...options, webgl: true }), webgl: true };
    } catch {
      container.replaceChildren(); // whatever the failed renderer left behind
    }
  }
  return { cy: cytoscape(options), webgl: false };
}
