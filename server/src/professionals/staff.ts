import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { cypher } from '../db/cypher.js';
import { Professional } from '../network/refs.js';
import type { Context } from '../schema/context.js';
import { listsInKeyOrder } from '../shared/key-order.js';
import { primeNeighbours, tiesOf } from '../ties/loaders.js';
import type { TieShape } from '../ties/types.js';
import { staffOfOrganisations, toShape } from './store.js';
import type { ProfessionalShape, StoredProfessional } from './types.js';

type StaffWithTies = StoredProfessional & { ties: TieShape[]; neighbours: StoredProfessional[] };

const staffWithTiesQuery = cypher<
  { ids: readonly string[] },
  { key: string; professionals: StaffWithTies[] }
>('professionals/staff-with-ties');

/** Each of them as the Professional loader would load them: `from`, `to`, `node` reuse it. */
function primeStaff(context: Context, staff: ProfessionalShape[][]) {
  const loader = Professional.getDataloader(context);
  for (const professional of staff.flat()) loader.prime(professional.id, professional);
}

const staffOnly = createContextCache(
  (context: Context) =>
    new DataLoader<string, ProfessionalShape[]>(async (ids) => {
      const staff = await staffOfOrganisations(context.db, ids);
      primeStaff(context, staff);
      return staff;
    }),
);

/** Staff and their ties in one statement; the ties and their other ends go to their loaders. */
const staffAndTies = createContextCache(
  (context: Context) =>
    new DataLoader<string, ProfessionalShape[]>(async (ids) => {
      const rows = await context.db.read(staffWithTiesQuery, { ids });
      const ties = tiesOf(context, 'Professional');
      const staff = listsInKeyOrder(
        ids,
        rows.map((row) => ({
          key: row.key,
          items: row.professionals.map(({ ties: own, neighbours, ...stored }) => {
            ties.prime(stored.id, own);
            primeNeighbours(context, {
              type: 'Professional',
              nodes: neighbours.map(toShape),
            });
            return toShape(stored);
          }),
        })),
      );
      primeStaff(context, staff);
      return staff;
    }),
);

/** The request's loader of current staff: with their ties when the query asks for those too. */
export const staffOf = (context: Context, withTies: boolean) =>
  withTies ? staffAndTies(context) : staffOnly(context);
