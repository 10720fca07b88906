import { describe, expect, it } from 'vitest';
import { type JourneyOrganisation, journeyGraph } from './journey.js';

const school: JourneyOrganisation = { id: 's', name: 'School', kind: 'SCHOOL_VO' };
const leerplicht: JourneyOrganisation = { id: 'l', name: 'Leerplicht', kind: 'LEERPLICHT' };
const halt: JourneyOrganisation = { id: 'h', name: 'Halt', kind: 'HALT' };

describe('journeyGraph', () => {
  it('is the registering organisation alone when nothing was handed over', () => {
    expect(journeyGraph(school, [])).toEqual({ nodes: [{ ...school, step: 0 }], edges: [] });
  });

  it('numbers the handovers and lists each organisation once, at its first step', () => {
    const graph = journeyGraph(school, [
      { handoverId: 'a', status: 'COMPLETED', warm: true, from: school, to: leerplicht },
      { handoverId: 'b', status: 'DECLINED', warm: false, from: leerplicht, to: halt },
      { handoverId: 'c', status: 'REQUESTED', warm: false, from: leerplicht, to: school },
    ]);
    expect(graph.nodes).toEqual([
      { ...school, step: 0 },
      { ...leerplicht, step: 1 },
      { ...halt, step: 2 },
    ]);
    expect(graph.edges.map((edge) => [edge.id, edge.source, edge.target, edge.step])).toEqual([
      ['a', 's', 'l', 1],
      ['b', 'l', 'h', 2],
      ['c', 'l', 's', 3],
    ]);
    expect(graph.edges.map((edge) => edge.status)).toEqual(['COMPLETED', 'DECLINED', 'REQUESTED']);
  });

  it('starts at the first sender when the registering organisation is unknown', () => {
    const graph = journeyGraph(null, [
      { handoverId: 'a', status: 'ACCEPTED', warm: false, from: leerplicht, to: halt },
    ]);
    expect(graph.nodes.map((node) => [node.id, node.step])).toEqual([
      ['l', 1],
      ['h', 1],
    ]);
  });
});
