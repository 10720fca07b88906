import { cypher } from '../db/cypher.js';
import type { Database, Transaction } from '../db/database.js';

export interface NotificationShape {
  id: string;
  kind: 'CO_INVOLVEMENT';
  createdAt: string;
  readAt: string | null;
  caseId: string | null;
  otherOrganisationId: string | null;
}

const notifyQuery = cypher<{ caseId: string; organisationId: string }, { pairs: number }>(
  'notifications/notify-co-involvement',
);
const pageQuery = cypher<
  { organisationId: string; unreadOnly: boolean; offset: number; limit: number },
  { totalCount: number; items: NotificationShape[] }
>('notifications/of-organisation');
const markQuery = cypher<{ ids: readonly string[]; organisationId: string }, { id: string }>(
  'notifications/mark-read',
);

/** Inside the registration's transaction: tells every organisation that now shares a subject. */
export async function notifyCoInvolvement(tx: Transaction, caseId: string, organisationId: string) {
  const [row] = await tx.run(notifyQuery, { caseId, organisationId });
  return row?.pairs ?? 0;
}

export async function notificationsOf(
  db: Database,
  organisationId: string,
  options: { unreadOnly: boolean; offset: number; limit: number },
) {
  const [row] = await db.read(pageQuery, { organisationId, ...options });
  return row ?? { totalCount: 0, items: [] };
}

export const markNotificationsRead = (
  db: Database,
  organisationId: string,
  ids: readonly string[],
) => db.write(markQuery, { ids, organisationId });
