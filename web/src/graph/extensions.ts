import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

let registered = false;

/** Registers every Cytoscape extension Rizoom uses; the only place that calls `cytoscape.use`. */
export function registerExtensions(): void {
  // Guarded because hot module reloading may evaluate callers again.
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svg);
  registered = true;
}
