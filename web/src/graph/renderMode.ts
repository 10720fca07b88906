/** Above this many elements the map switches to its large-graph settings. */
export const LARGE_GRAPH_ELEMENTS = 2_000;

export interface RenderMode {
  readonly large: boolean;
  /** Cytoscape's WebGL renderer (3.31+), for large graphs where the browser has WebGL 2. */
  readonly webgl: boolean;
}

let webglSupport: boolean | null = null;

/** Whether this browser can give Cytoscape a WebGL 2 context (not so without a GPU or SwiftShader). */
export function supportsWebgl(): boolean {
  if (webglSupport === null) {
    try {
      webglSupport = document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}

export function renderModeFor(elementCount: number): RenderMode {
  const large = elementCount > LARGE_GRAPH_ELEMENTS;
  return { large, webgl: large && supportsWebgl() };
}
