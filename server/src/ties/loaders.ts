import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { Organisation, Professional } from '../network/refs.js';
import type { Context } from '../schema/context.js';
import type { NodeType } from './node-states.js';
import { type TieNeighbours, tiesOfNodes } from './store.js';
import type { TieShape } from './types.js';

/** Puts the other ends a tie list brought along into the request's Organisation or Professional loader. */
export function primeNeighbours(context: Context, neighbours: TieNeighbours) {
  if (neighbours.type === 'Organisation') {
    const loader = Organisation.getDataloader(context);
    for (const node of neighbours.nodes) loader.prime(node.id, node);
  } else {
    const loader = Professional.getDataloader(context);
    for (const node of neighbours.nodes) loader.prime(node.id, node);
  }
}

function tiesLoader(context: Context, type: NodeType) {
  return new DataLoader<string, TieShape[]>(async (ids) => {
    const { lists, neighbours } = await tiesOfNodes(context.db, type, ids);
    primeNeighbours(context, neighbours);
    return lists;
  });
}

const organisationTies = createContextCache((context: Context) =>
  tiesLoader(context, 'Organisation'),
);
const professionalTies = createContextCache((context: Context) =>
  tiesLoader(context, 'Professional'),
);

/**
 * The request's loader of active ties seen from organisations or professionals (one statement
 * per batch, other ends included). Another statement that already read someone's ties primes it.
 */
export const tiesOf = (context: Context, type: NodeType) =>
  type === 'Organisation' ? organisationTies(context) : professionalTies(context);
