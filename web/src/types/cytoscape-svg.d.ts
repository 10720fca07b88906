// cytoscape-svg ships no types: it adds `cy.svg(options)`, which Rizoom calls in map/mapImage.ts.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const svg: Ext;
  export default svg;
}
