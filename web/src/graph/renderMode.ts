/** Above this many elements the map switches to its large-graph settings. */
export const LARGE_GRAPH_ELEMENTS = 2_000;

export interface RenderMode {
  readonly large: boolean;
  /** Cytoscape's WebGL renderer (3.31+), for large graphs where the browser has WebGL 2. */
  readonly webgl: boolean;
}

let webglSupport: boolean | null = null;

/** A WebGL that the CPU draws (no GPU): slower for Cytoscape than its canvas renderer. */
const softwareRenderer = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * Whether this browser gives Cytoscape a WebGL 2 context drawn by a GPU. Without one (a browser
 * with the GPU switched off falls back to SwiftShader) the canvas renderer is the faster one.
 */
export function supportsWebgl(): boolean {
  if (webglSupport === null) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webglSupport = gl !== null && !softwareRenderer.test(renderer);
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
