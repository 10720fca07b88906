import type { Context } from '../../schema/context.js';
import { signalParties } from './signal-writes.js';

// Who may do what with signals (issue 6): any signed-in professional raises and endorses;
// a table's member organisations or its region's coordinator put one on the table's agenda;
// a region's coordinator puts one on the region's agenda and materialises computed ones;
// the raiser or the region's coordinator closes it; administrators (Ingrado) may do all.

const isAdmin = ({ viewer }: Context) => viewer?.role === 'ADMIN';

/** An administrator, or a regional coordinator of the region. */
export const mayManageRegion = (ctx: Context, regionCode: string) =>
  isAdmin(ctx) ||
  (ctx.viewer?.role === 'REGIONAL_COORDINATOR' && ctx.viewer.regionCodes.includes(regionCode));

/**
 * A table's agenda: whoever may edit the table (the `tableEditor` scope: its member
 * organisations, its region's coordinator, administrators); a region's: its coordinator or an
 * administrator. Neither or both given: signed in is enough, the resolver rejects the input.
 */
export function agendaScopes(ctx: Context, tableId: string | null, regionCode: string | null) {
  if ((tableId === null) === (regionCode === null)) return { signedIn: true };
  if (tableId !== null) return { tableEditor: tableId };
  return mayManageRegion(ctx, regionCode ?? '');
}

/** The raiser, the region's coordinator or an administrator; a missing signal is NOT_FOUND later. */
export async function mayClose(ctx: Context, id: string) {
  if (!ctx.viewer) return false;
  const parties = await signalParties(ctx.db, id);
  if (!parties) return true;
  return (
    parties.raisedByAccountId === ctx.viewer.accountId || mayManageRegion(ctx, parties.regionCode)
  );
}
