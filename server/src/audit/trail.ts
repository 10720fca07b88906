import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';

export const auditActions = ['READ', 'WRITE', 'PURGE'] as const;
export type AuditAction = (typeof auditActions)[number];

interface PendingEvent {
  id: string;
  action: AuditAction;
  operation: string;
  caseId: string | null;
  handoverId: string | null;
}

const appendQuery = cypher<
  { accountId: string | null; events: PendingEvent[] },
  { written: number }
>('audit/append');

/**
 * The audit trail of one request: every case (or handover) read or written is noted while the
 * request runs, and written as AuditEvents when it ends (`flush`). Reads of the same case in one
 * request are noted once.
 */
export function createAuditTrail(db: Database, accountId: string | null) {
  const pending = new Map<string, PendingEvent>();
  const note = (
    action: AuditAction,
    operation: string,
    ids: { caseId?: string; handoverId?: string },
  ) => {
    const key = `${action}:${operation}:${ids.caseId ?? ''}:${ids.handoverId ?? ''}`;
    if (pending.has(key)) return;
    pending.set(key, {
      id: randomUUID(),
      action,
      operation,
      caseId: ids.caseId ?? null,
      handoverId: ids.handoverId ?? null,
    });
  };
  return {
    readCases: (caseIds: readonly string[]) => {
      for (const caseId of caseIds) note('READ', 'case', { caseId });
    },
    readHandovers: (handoverIds: readonly string[]) => {
      for (const handoverId of handoverIds) note('READ', 'handover', { handoverId });
    },
    wroteCase: (operation: string, caseId: string) => note('WRITE', operation, { caseId }),
    wroteHandover: (operation: string, handoverId: string) =>
      note('WRITE', operation, { handoverId }),
    /** For `.then(…)` after a successful write: notes the case or handover and passes it on. */
    afterWrite<T extends string | { id: string }>(entity: 'case' | 'handover', operation: string) {
      return (result: T) => {
        const id = typeof result === 'string' ? result : result.id;
        note('WRITE', operation, entity === 'case' ? { caseId: id } : { handoverId: id });
        return result;
      };
    },
    get size() {
      return pending.size;
    },
    async flush() {
      if (pending.size === 0) return;
      const events = [...pending.values()];
      pending.clear();
      await db.write(appendQuery, { accountId, events });
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
