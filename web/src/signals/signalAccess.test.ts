import { describe, expect, it } from 'vitest';
import type { Signal } from '../api/operations/signals';
import { type SignalActor, signalPermissions } from './signalAccess';

const base: Signal = {
  id: 's1',
  kind: 'OTHER',
  origin: 'RAISED',
  title: 'Meer thuiszitters na de herfstvakantie',
  description: null,
  status: 'OPEN',
  region: { code: 'MC19', name: 'Utrecht' },
  need: null,
  school: null,
  raisedBy: { id: 'p-raiser', name: 'A' },
  endorsementCount: 1,
  endorsedBy: [{ id: 'p-fan', name: 'B' }],
  agenda: [],
  comments: [],
  closingNote: null,
  createdAt: '2026-11-16T10:00:00Z',
  closedAt: null,
};
const professional = (id: string): SignalActor => ({
  role: 'PROFESSIONAL',
  regionCodes: [],
  professionalId: id,
});
const coordinator = (code: string): SignalActor => ({
  role: 'REGIONAL_COORDINATOR',
  regionCodes: [code],
  professionalId: 'p-coordinator',
});
const admin: SignalActor = { role: 'ADMIN', regionCodes: [], professionalId: null };

describe('signalPermissions', () => {
  it('lets the raiser close, and anyone endorse once and comment', () => {
    expect(signalPermissions(base, professional('p-raiser'))).toEqual({
      endorse: true,
      comment: true,
      agendaTable: true,
      agendaRegion: false,
      close: true,
    });
    const other = signalPermissions(base, professional('p-other'));
    expect([other.close, other.endorse]).toEqual([false, true]);
    expect(signalPermissions(base, professional('p-fan')).endorse).toBe(false);
  });

  it("gives the region's agenda and closing to its coordinator and to administrators", () => {
    expect(signalPermissions(base, coordinator('MC19')).agendaRegion).toBe(true);
    expect(signalPermissions(base, coordinator('MC19')).close).toBe(true);
    expect(signalPermissions(base, coordinator('MC15')).agendaRegion).toBe(false);
    expect(signalPermissions(base, coordinator('MC15')).close).toBe(false);
    expect(signalPermissions(base, admin)).toMatchObject({ agendaRegion: true, close: true });
    // An administrator is no professional: nobody to endorse as.
    expect(signalPermissions(base, admin).endorse).toBe(false);
  });

  it('allows no agenda once on one, and nothing but reading once closed', () => {
    const onAgenda = signalPermissions({ ...base, status: 'ON_AGENDA' }, coordinator('MC19'));
    expect([onAgenda.agendaRegion, onAgenda.agendaTable, onAgenda.close]).toEqual([
      false,
      false,
      true,
    ]);
    expect(signalPermissions({ ...base, status: 'CLOSED' }, coordinator('MC19'))).toEqual({
      endorse: false,
      comment: false,
      agendaTable: false,
      agendaRegion: false,
      close: false,
    });
  });
});
