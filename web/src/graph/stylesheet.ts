import type { StylesheetJson } from 'cytoscape';
import { ORGANISATION_KINDS, TIE_KINDS } from '../api/schema';
import type { GraphTheme } from './theme';

export const SELECTED_CLASS = 'selected';
export const NEIGHBOUR_CLASS = 'neighbour';
export const FADED_CLASS = 'faded';

/** The Cytoscape stylesheet: a pure function of the theme; element data holds only domain fields. */
export function buildStylesheet(theme: GraphTheme): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Better connected organisations are drawn larger.
        width: 'mapData(degree, 0, 20, 18, 52)',
        height: 'mapData(degree, 0, 20, 18, 52)',
        'border-width': 1.5,
        'border-color': theme.nodeBorderColour,
        color: theme.labelColour,
        'font-family': theme.fontFamily,
        'font-size': 11,
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': theme.labelHaloColour,
        'text-outline-width': 2,
      },
    },
    ...ORGANISATION_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        'background-color': theme.nodeKinds[kind].colour,
        shape: theme.nodeKinds[kind].shape,
      },
    })),
    { selector: 'edge', style: { 'curve-style': 'straight', opacity: 0.85 } },
    ...TIE_KINDS.map((kind) => ({
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-color': theme.tieKinds[kind].colour,
        width: theme.tieKinds[kind].width,
        'line-style': theme.tieKinds[kind].lineStyle,
      },
    })),
    {
      selector: `node.${SELECTED_CLASS}`,
      style: { 'border-width': 4, 'border-color': theme.selectionColour, 'z-index': 20 },
    },
    { selector: `node.${NEIGHBOUR_CLASS}`, style: { 'z-index': 10 } },
    { selector: `edge.${NEIGHBOUR_CLASS}`, style: { opacity: 1, 'z-index': 10 } },
    { selector: `.${FADED_CLASS}`, style: { opacity: theme.fadedOpacity } },
  ];
}
