import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { inKeyOrder } from '../../shared/key-order.js';
import type { CommentShape, SignalKind, SignalShape, SignalStatus } from './signal-types.js';

type Ids = { ids: readonly string[] };
const byIdQuery = cypher<Ids, { signal: SignalShape }>('analysis/signals/signals-by-id');
const commentsQuery = cypher<Ids, { key: string; comments: CommentShape[] }>(
  'analysis/signals/comments-of-signals',
);
const pageQuery = cypher<
  {
    regionCode: string | null;
    statuses: readonly SignalStatus[] | null;
    kinds: readonly SignalKind[] | null;
    offset: number;
    limit: number;
  },
  { totalCount: number; ids: string[] }
>('analysis/signals/signals-page');

export async function signalsById(db: Database, ids: readonly string[]) {
  const rows = await db.read(byIdQuery, { ids });
  return inKeyOrder(
    ids,
    rows.map((row) => row.signal),
    (signal) => signal.id,
  );
}

export async function commentsOfSignals(db: Database, ids: readonly string[]) {
  const rows = await db.read(commentsQuery, { ids });
  const byKey = new Map(rows.map((row) => [row.key, row.comments]));
  return ids.map((id) => byKey.get(id) ?? []);
}

export interface SignalFilter {
  regionCode?: string | null | undefined;
  statuses?: readonly SignalStatus[] | null | undefined;
  kinds?: readonly SignalKind[] | null | undefined;
}

export async function signalsPage(
  db: Database,
  filter: SignalFilter,
  page: { offset: number; limit: number },
) {
  const [row] = await db.read(pageQuery, {
    regionCode: filter.regionCode ?? null,
    statuses: filter.statuses ?? null,
    kinds: filter.kinds ?? null,
    ...page,
  });
  return { totalCount: row?.totalCount ?? 0, ids: row?.ids ?? [] };
}
