import type { Signal } from '../api/operations/signals';
import type { AccountRole } from '../api/schema';

// What the page offers to do with a signal: the API's rules (server/src/analysis/signals/
// signal-access.ts) mirrored, so nobody is shown a button that can only be refused. The API
// still decides: a table's agenda, for one, is up to the table's members.

export interface SignalActor {
  readonly role: AccountRole;
  /** The regions a regional coordinator coordinates. */
  readonly regionCodes: readonly string[];
  /** The professional the viewer is; none for an Ingrado administrator. */
  readonly professionalId: string | null;
}

export interface SignalPermissions {
  readonly endorse: boolean;
  readonly comment: boolean;
  /** Put on a consultation table's agenda (the API checks the table). */
  readonly agendaTable: boolean;
  /** Put on the region's agenda: its coordinator or an administrator. */
  readonly agendaRegion: boolean;
  readonly close: boolean;
}

/** True for an administrator and for a coordinator of the region. */
export function managesRegion(actor: SignalActor, regionCode: string): boolean {
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'REGIONAL_COORDINATOR' && actor.regionCodes.includes(regionCode))
  );
}

export function signalPermissions(signal: Signal, actor: SignalActor): SignalPermissions {
  const live = signal.status !== 'CLOSED';
  const open = signal.status === 'OPEN';
  const manager = managesRegion(actor, signal.region.code);
  const me = actor.professionalId;
  const raisedByMe = me !== null && signal.raisedBy?.id === me;
  return {
    endorse: live && me !== null && !signal.endorsedBy.some((p) => p.id === me),
    comment: live,
    agendaTable: open,
    agendaRegion: open && manager,
    close: live && (manager || raisedByMe),
  };
}
