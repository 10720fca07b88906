import cytoscape, { type Core } from 'cytoscape';
import { registerExtensions } from './extensions';
import { buildStylesheet } from './stylesheet';
import type { GraphTheme } from './theme';

/** Creates the one Cytoscape instance of a map; its owner must `destroy()` it. */
export function createGraph(container: HTMLElement, theme: GraphTheme): Core {
  registerExtensions();
  return cytoscape({
    container,
    style: buildStylesheet(theme),
    // Selection is React state (the details panel), shown through classes: see selection.ts.
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.2,
    maxZoom: 3,
  });
}
