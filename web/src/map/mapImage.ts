import type { Core } from 'cytoscape';

/** Saves what the map shows (the whole graph, on white) as a PNG or an SVG file. */
export function downloadMapImage(cy: Core, format: 'png' | 'svg', filename: string): void {
  const blob =
    format === 'png'
      ? cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 8000 })
      : new Blob([svgOf(cy)], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${filename}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// cytoscape-svg adds `cy.svg()`; registered in graph/extensions.ts.
function svgOf(cy: Core): string {
  return (cy as Core & { svg: (options: object) => string }).svg({ full: true, bg: '#ffffff' });
}
