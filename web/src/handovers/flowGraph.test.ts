import { describe, expect, it } from 'vitest';
import type { HandoverFlow } from '../api/operations/handover-analyses';
import {
  DAY_COLOURS,
  dayClass,
  flowColour,
  flowGraph,
  flowWidth,
  MIN_FLOW_WIDTH,
  NO_MEDIAN_COLOUR,
} from './flowGraph';

const org = (id: string) => ({ id, name: `Organisatie ${id}`, kind: 'SCHOOL_VO' as const });
const flow = (
  from: string,
  to: string,
  value: number | null,
  median: number | null,
): HandoverFlow => ({
  from: org(from),
  to: org(to),
  fromKind: 'SCHOOL_VO',
  toKind: 'SCHOOL_VO',
  handovers: { shown: value === null ? '<5' : String(value), value },
  cases: { shown: value === null ? '<5' : String(value), value },
  acceptanceRate: null,
  medianDaysToAccept: median,
});

describe('flow drawing', () => {
  it('puts medians in classes with open ends', () => {
    expect([0.2, 1, 2.99, 3, 7, 10, 40].map(dayClass)).toEqual([0, 1, 1, 2, 3, 4, 4]);
    expect(dayClass(null)).toBeNull();
    expect(flowColour(0.5)).toBe(DAY_COLOURS[0]);
    expect(flowColour(null)).toBe(NO_MEDIAN_COLOUR);
  });

  it('draws a hidden count thinnest and larger counts wider, up to a cap', () => {
    expect(flowWidth({ shown: '<5', value: null })).toBe(MIN_FLOW_WIDTH);
    expect(flowWidth({ shown: '9', value: 9 })).toBeGreaterThan(
      flowWidth({ shown: '5', value: 5 }),
    );
    expect(flowWidth({ shown: '10000', value: 10_000 })).toBe(14);
  });

  it('makes one node per organisation and one styled edge per flow', () => {
    const { graph, edgeStyles } = flowGraph([flow('a', 'b', 12, 2), flow('b', 'a', null, null)]);
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(['a', 'b']);
    expect(graph.edges).toHaveLength(2);
    expect(edgeStyles.get('flow:b:a')).toMatchObject({
      'line-style': 'dotted',
      width: MIN_FLOW_WIDTH,
    });
    expect(edgeStyles.get('flow:a:b')?.['line-color']).toBe(DAY_COLOURS[1]);
  });
});
