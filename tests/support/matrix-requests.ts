import { mutate, type Operation, verdict } from './matrix-operations.js';

// How the matrix's cells send a query or a mutation as the cell's viewer.

type World = Parameters<Operation['run']>[0];

export const query = (field: string, text: string) => ({ field, text });
export const run = async (
  w: World,
  { field, text }: { field: string; text: string },
  variables: Record<string, unknown> = {},
) => verdict(await w.send(text, variables), field);
export const change = async (
  w: World,
  field: string,
  args: string,
  params: string,
  variables: Record<string, unknown>,
) => verdict(await w.send(mutate(field, args, params), variables), field, true);
