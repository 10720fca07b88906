import { describe, expect, it } from 'vitest';
import type { MissingTie, StaleTie } from '../api/operations/gaps';
import { toGlobalId } from '../domain/globalId';
import type { MapGraph } from '../domain/mapGraph';
import { compareDutch } from '../i18n/compare';
import { bySeverity, gapGraph, idInGlobalId, markMissingTie, missingEdgeId } from './gapGraph';

const org = (id: string, name: string) => ({ id, name, kind: 'LEERPLICHT' as const });
const network: MapGraph = {
  nodes: [
    { id: 'a', label: 'Leerplicht Oost', type: 'Organisation', kind: 'LEERPLICHT' },
    { id: 'b', label: 'Halt Oost', type: 'Organisation', kind: 'HALT' },
    { id: 'c', label: 'Het Lyceum', type: 'Organisation', kind: 'SCHOOL_VO' },
  ],
  edges: [
    {
      id: 't1',
      source: 'a',
      target: 'c',
      relation: 'TIE',
      tieKind: 'HANDOVER_PARTNER',
      tieId: 't1',
    },
  ],
};
const missing = (from: string, to: string, severity: MissingTie['severity']): MissingTie => ({
  severity,
  ruleCode: 'LEERPLICHT-HALT',
  ruleCodes: ['LEERPLICHT-HALT'],
  from: org(from, from === 'a' ? 'Leerplicht Oost' : from),
  to: org(to, to),
});
const stale = (tieId: string, type: StaleTie['type'] = 'ORGANISATION'): StaleTie => ({
  severity: 'LOW',
  type,
  ruleCode: null,
  lastConfirmedAt: null,
  daysSinceConfirmed: null,
  tie: { id: toGlobalId('Tie', tieId) },
  from: org('a', 'Leerplicht Oost'),
  to: org('c', 'Het Lyceum'),
});

describe('gapGraph', () => {
  it('adds each missing tie between drawn organisations once, and skips pairs off the map', () => {
    const result = gapGraph(
      network,
      [missing('a', 'b', 'HIGH'), missing('a', 'b', 'HIGH'), missing('a', 'x', 'LOW')],
      [],
    );
    expect([...result.missingEdgeIds]).toEqual([missingEdgeId(missing('a', 'b', 'HIGH'))]);
    expect(result.graph.edges).toHaveLength(2);
    expect(result.graph.nodes).toBe(network.nodes);
  });

  it('finds the drawn edges of stale organisation ties only', () => {
    const result = gapGraph(network, [], [stale('t1'), stale('t9'), stale('t1', 'PROFESSIONAL')]);
    expect([...result.staleEdgeIds]).toEqual(['t1']);
  });

  it('marks a missing tie with its edge and both organisations', () => {
    const mark = markMissingTie(missing('a', 'b', 'HIGH'));
    expect([...mark.ids].sort()).toEqual(['a', 'b', 'missing:a:b']);
  });

  it('reads the id inside a global id, and nothing from garbage', () => {
    expect(idInGlobalId(toGlobalId('Tie', 'demo-tie-00001'))).toBe('demo-tie-00001');
    expect(idInGlobalId('%%%')).toBeNull();
  });

  it('groups missing ties by severity, most urgent first', () => {
    const groups = bySeverity(
      [missing('c', 'b', 'LOW'), missing('a', 'b', 'HIGH'), missing('b', 'a', 'LOW')],
      compareDutch,
    );
    expect(groups.map((group) => group.severity)).toEqual(['HIGH', 'LOW']);
    expect(groups[1]?.ties.map((tie) => tie.from.id)).toEqual(['b', 'c']);
  });
});
