import { describe, expect, it } from 'vitest';
import { readMunicipalities } from '../reference/read.js';
import { dayOf } from './calendar.js';
import { generateAll } from './generate.js';
import { generateNetwork } from './network.js';
import { defaultReferenceDate, preset } from './presets.js';

const count = <T>(rows: readonly T[], key: (row: T) => string) => {
  const out: Record<string, number> = {};
  for (const row of rows) out[key(row)] = (out[key(row)] ?? 0) + 1;
  return out;
};

describe('the national network', () => {
  const all = readMunicipalities();
  const network = generateNetwork(preset('national'), 2026, dayOf(defaultReferenceDate), all);
  const kinds = count(network.rows.organisations, (o) => o.kind);

  it('is at DOMAIN.md scale: 10–20k organisations, ~50k professionals', () => {
    expect(network.rows.organisations.length).toBeGreaterThan(10_000);
    expect(network.rows.organisations.length).toBeLessThan(20_000);
    expect(network.rows.professionals.length).toBeGreaterThan(40_000);
    expect(network.rows.professionals.length).toBeLessThan(60_000);
    expect(kinds.SCHOOL_MBO).toBe(59);
    expect(kinds.SWV_PO).toBe(40);
    expect(kinds.SCHOOL_PO).toBeGreaterThan(6_000);
    expect(kinds.SCHOOL_PO).toBeLessThan(7_000);
    expect(kinds.SCHOOL_VO).toBeGreaterThan(500);
  });

  it('places schools in proportion to population and serves every municipality', () => {
    const schools = count(
      network.rows.organisations.filter((o) => o.kind === 'SCHOOL_PO'),
      (o) => o.municipalityCodes[0] ?? '',
    );
    const amsterdam = all.find((m) => m.code === 'GM0363');
    const small = all.filter((m) => m.population < 20_000);
    const perCapita = (code: string, people: number) => (schools[code] ?? 0) / people;
    expect(perCapita('GM0363', amsterdam?.population ?? 1) * 100_000).toBeGreaterThan(30);
    expect(perCapita('GM0363', amsterdam?.population ?? 1) * 100_000).toBeLessThan(42);
    expect(small.every((m) => (schools[m.code] ?? 0) >= 1)).toBe(true);
    for (const kind of ['LEERPLICHT', 'WIJKTEAM', 'GGD', 'RMC', 'HALT', 'OM'] as const) {
      const served = new Set(
        network.rows.organisations
          .filter((o) => o.kind === kind)
          .flatMap((o) => o.municipalityCodes),
      );
      expect(served.size, kind).toBe(342);
    }
  });
});

describe('the demo preset', () => {
  const { dataset, chunks, manifest } = generateAll('demo');
  const net = dataset.network;

  it('covers all 40 regions lightly, with a few hundred cases and handovers', () => {
    expect(dataset.regionCodes).toHaveLength(40);
    expect(net.organisations.length).toBeGreaterThan(1_000);
    expect(net.organisations.length).toBeLessThan(3_000);
    expect(manifest.counts.cases).toBeGreaterThan(300);
    expect(manifest.counts.cases).toBeLessThan(1_000);
    expect(manifest.counts.handovers).toBeGreaterThan(300);
    expect(new Set(chunks.filter((c) => c.cases.length > 0).map((c) => c.regionCode)).size).toBe(
      40,
    );
  });

  it('keeps the ids and provenance the demo always had', () => {
    expect(net.organisations[0]?.id).toBe('demo-org-00001');
    expect(net.professionals[0]).toMatchObject({ id: 'demo-pro-00001', from: null });
    const staleTables = new Set(manifest.planted.staleTies.ids);
    const stale = net.ties.filter((t) => t.kind === 'CONSULTATION_TABLE' && staleTables.has(t.id));
    expect(stale.length).toBeGreaterThan(20);
    expect(stale.every((t) => t.id.startsWith('demo-'))).toBe(true);
  });
});
