import type { NodeType, OrganisationKind, TieKind } from '../api/schema';
import { SECTOR_OF_KIND, type Sector } from '../domain/sectors';
import { OKABE_ITO } from './palette';
import type { KindShape } from './shapes';

export interface NodeKindStyle {
  readonly colour: string;
  readonly shape: KindShape;
}

export interface TieKindStyle {
  readonly colour: string;
  readonly width: number;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
}

export interface GraphTheme {
  readonly fontFamily: string;
  readonly labelColour: string;
  readonly labelHaloColour: string;
  readonly nodeBorderColour: string;
  readonly selectionColour: string;
  readonly fadedOpacity: number;
  readonly nodeKinds: Readonly<Record<OrganisationKind, NodeKindStyle>>;
  readonly tieKinds: Readonly<Record<TieKind, TieKindStyle>>;
  /** Nodes other than organisations (those are styled by kind). */
  readonly nodeTypes: Readonly<Record<Exclude<NodeType, 'Organisation'>, NodeKindStyle>>;
  /** Edges other than ties: works at, member of a table or samenwerkingsverband, serves. */
  readonly otherRelation: TieKindStyle;
  readonly staleOpacity: number;
}

export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  EDUCATION: OKABE_ITO.blue,
  INCLUSIVE_EDUCATION: OKABE_ITO.skyBlue,
  ATTENDANCE: OKABE_ITO.vermillion,
  CARE: OKABE_ITO.bluishGreen,
  JUSTICE: OKABE_ITO.reddishPurple,
  WORK: OKABE_ITO.orange,
  NATIONAL: OKABE_ITO.yellow,
  OTHER: OKABE_ITO.grey,
};

// Shapes differ within a sector, and between sectors whose colours are easiest to confuse
// (blue / sky blue, orange / vermillion / yellow).
const KIND_SHAPES: Readonly<Record<OrganisationKind, KindShape>> = {
  SCHOOL_PO: 'ellipse',
  SCHOOL_SO: 'triangle',
  SCHOOL_VSO: 'vee',
  SCHOOL_VO: 'round-rectangle',
  SCHOOL_PRAKTIJKONDERWIJS: 'pentagon',
  SCHOOL_MBO: 'hexagon',
  SWV_PO: 'diamond',
  SWV_VO: 'rhomboid',
  LEERPLICHT: 'star',
  RMC: 'octagon',
  WIJKTEAM: 'ellipse',
  JEUGDZORG: 'round-rectangle',
  GGZ: 'triangle',
  GGD: 'hexagon',
  VEILIG_THUIS: 'tag',
  HALT: 'triangle',
  OM: 'rectangle',
  RAAD_KINDERBESCHERMING: 'diamond',
  POLITIE: 'pentagon',
  UWV: 'rectangle',
  WERK_EN_INKOMEN: 'ellipse',
  EMPLOYER: 'vee',
  ONDERWIJSCONSULENTEN: 'diamond',
  DUO: 'round-rectangle',
  INGRADO: 'hexagon',
  OTHER: 'ellipse',
};

function nodeKindStyles(): Record<OrganisationKind, NodeKindStyle> {
  const kinds = Object.keys(KIND_SHAPES) as OrganisationKind[];
  return Object.fromEntries(
    kinds.map((kind) => [
      kind,
      { colour: SECTOR_COLOURS[SECTOR_OF_KIND[kind]], shape: KIND_SHAPES[kind] },
    ]),
  ) as Record<OrganisationKind, NodeKindStyle>;
}

export const DEFAULT_THEME: GraphTheme = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelColour: '#1a1a1a',
  labelHaloColour: '#ffffff',
  // A dark outline gives every node 3:1 contrast with the background, even the yellow ones.
  nodeBorderColour: '#333333',
  selectionColour: '#000000',
  fadedOpacity: 0.2,
  nodeKinds: nodeKindStyles(),
  tieKinds: {
    FORMAL_AGREEMENT: { colour: '#4d4d4d', width: 3, lineStyle: 'solid' },
    CONSULTATION_TABLE: { colour: '#4d4d4d', width: 2, lineStyle: 'dashed' },
    HANDOVER_PARTNER: { colour: '#767676', width: 1.5, lineStyle: 'solid' },
    INFORMAL: { colour: '#767676', width: 1.5, lineStyle: 'dotted' },
  },
  // White with the dark outline: apart from every organisation colour, in any colour vision.
  nodeTypes: {
    Professional: { colour: '#ffffff', shape: 'ellipse' },
    ConsultationTable: { colour: '#ffffff', shape: 'round-rectangle' },
    Municipality: { colour: '#d9d9d9', shape: 'rectangle' },
  },
  otherRelation: { colour: '#a6a6a6', width: 1, lineStyle: 'solid' },
  staleOpacity: 0.3,
};
