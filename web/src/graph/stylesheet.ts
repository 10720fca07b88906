import type { StylesheetJson } from 'cytoscape';
import { ORGANISATION_KINDS, TIE_KINDS } from '../api/schema';
import type { GraphTheme } from './theme';

export const SELECTED_CLASS = 'selected';
export const NEIGHBOUR_CLASS = 'neighbour';
export const FADED_CLASS = 'faded';
export const HIDDEN_CLASS = 'hidden';
export const STALE_CLASS = 'stale';
/** An expected tie that no tie carries (the Hiaten view): drawn dashed. */
export const MISSING_CLASS = 'missing';
/** Elements a list item points at (the analysis views): drawn bold, the rest fades. */
export const MARKED_CLASS = 'marked';
/**
 * Ties of a large map held back at the overview zoom (and while its layout runs): see
 * tieDetail.ts. The emphasised ones (a selected node's, marked, missing) are drawn all the same.
 */
export const OVERVIEW_CLASS = 'overview';
/** Vermillion (Okabe & Ito): apart from every tie colour, in any colour vision. */
export const MISSING_COLOUR = '#D55E00';

export interface StylesheetOptions {
  /** A large graph: straight "haystack" edges and labels only when zoomed in. */
  readonly large: boolean;
}

/**
 * Node sizes by degree bucket (see `sizeClass` in elements.ts): fixed rules rather than a
 * per-element mapper, so nodes share their computed style (much cheaper on large graphs).
 */
export const NODE_SIZES: readonly (readonly [sizeClass: number, diameter: number])[] = [
  [0, 18],
  [1, 24],
  [2, 32],
  [3, 42],
  [4, 52],
];

/**
 * The Cytoscape stylesheet: a pure function of the theme; element data holds only domain fields
 * (and the node's size bucket).
 */
export function buildStylesheet(
  theme: GraphTheme,
  { large }: StylesheetOptions = { large: false },
): StylesheetJson {
  const otherTypes = Object.entries(theme.nodeTypes);
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 18,
        height: 18,
        'border-width': 1.5,
        'border-color': theme.nodeBorderColour,
        color: theme.labelColour,
        'font-family': theme.fontFamily,
        'font-size': 11,
        // Labels of a large graph only once zoomed in: thousands of them would be noise (and slow).
        'min-zoomed-font-size': large ? 16 : 7,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': theme.labelHaloColour,
        'text-outline-width': 2,
      },
    },
    // Better connected organisations are drawn larger.
    ...NODE_SIZES.slice(1).map(([sizeClass, diameter]) => ({
      selector: `node[sizeClass = ${sizeClass}]`,
      style: { width: diameter, height: diameter },
    })),
    ...ORGANISATION_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"][type = "Organisation"]`,
      style: {
        'background-color': theme.nodeKinds[kind].colour,
        shape: theme.nodeKinds[kind].shape,
      },
    })),
    ...otherTypes.map(([type, style]) => ({
      selector: `node[type = "${type}"]`,
      style: {
        'background-color': style.colour,
        shape: style.shape,
        width: type === 'Professional' ? 14 : 22,
        height: type === 'Professional' ? 14 : 22,
      },
    })),
    {
      selector: 'edge',
      style: {
        'curve-style': large ? 'haystack' : 'straight',
        'haystack-radius': 0,
        opacity: 0.85,
        'line-color': theme.otherRelation.colour,
        width: theme.otherRelation.width,
        // Ties are not clickable; on a large graph every hover and click would test them all.
        ...(large ? { events: 'no' as const } : {}),
      },
    },
    ...TIE_KINDS.map((kind) => ({
      selector: `edge[tieKind = "${kind}"]`,
      style: {
        'line-color': theme.tieKinds[kind].colour,
        width: theme.tieKinds[kind].width,
        // Haystack edges are always solid; the legend's dashes then show in the details only.
        'line-style': large ? 'solid' : theme.tieKinds[kind].lineStyle,
      },
    })),
    { selector: `edge.${STALE_CLASS}`, style: { opacity: theme.staleOpacity } },
    {
      selector: `edge.${MISSING_CLASS}`,
      style: { 'line-color': MISSING_COLOUR, 'line-style': 'dashed', width: 2.5, opacity: 1 },
    },
    {
      selector: `node.${MARKED_CLASS}`,
      style: { 'border-width': 4, 'border-color': theme.selectionColour, 'z-index': 20 },
    },
    { selector: `edge.${MARKED_CLASS}`, style: { opacity: 1, width: 4, 'z-index': 20 } },
    {
      selector: `node.${SELECTED_CLASS}`,
      style: { 'border-width': 4, 'border-color': theme.selectionColour, 'z-index': 20 },
    },
    { selector: `node.${NEIGHBOUR_CLASS}`, style: { 'z-index': 10 } },
    { selector: `edge.${NEIGHBOUR_CLASS}`, style: { opacity: 1, 'z-index': 10 } },
    { selector: `.${FADED_CLASS}`, style: { opacity: theme.fadedOpacity } },
    { selector: `edge.${OVERVIEW_CLASS}`, style: { display: 'none' } },
    {
      selector: [NEIGHBOUR_CLASS, MARKED_CLASS, MISSING_CLASS]
        .map((name) => `edge.${OVERVIEW_CLASS}.${name}`)
        .join(', '),
      style: { display: 'element' },
    },
    { selector: `.${HIDDEN_CLASS}`, style: { display: 'none' } },
  ];
}
