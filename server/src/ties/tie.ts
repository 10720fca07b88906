import { RecordStatusEnum, TieKindEnum } from '../network/organisation.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import type { Context } from '../schema/context.js';
import { ageInDays, isStale, staleAfterMonths, utcToday } from './age.js';
import { tiesOf } from './loaders.js';
import { tiesById } from './store.js';
import type { TieEndRef, TieShape } from './types.js';

export const TieEnd = builder.unionType('TieEnd', {
  description: 'An organisation or a professional: what ties join and who sits at tables.',
  types: [Organisation, Professional],
  resolveType: (end) => ('role' in end ? Professional : Organisation),
});

/** An end through the same per-request loaders as every other organisation or professional. */
export function loadEnd(context: Context, end: TieEndRef) {
  return end.type === 'Organisation'
    ? Organisation.getDataloader(context).load(end.id)
    : Professional.getDataloader(context).load(end.id);
}

export const Tie = builder.loadableNode('Tie', {
  description: 'A tie in the rizoom, with who asserted it, when, and when it was last confirmed.',
  id: { resolve: (tie: TieShape) => tie.id },
  load: (ids: string[], { db }) => tiesById(db, ids),
  fields: (t) => ({
    kind: t.expose('kind', { type: TieKindEnum }),
    strength: t.exposeInt('strength', { description: '1 (weak) to 3 (strong).' }),
    status: t.expose('status', { type: RecordStatusEnum }),
    from: t.field({ type: TieEnd, resolve: (tie, _args, ctx) => loadEnd(ctx, tie.from) }),
    to: t.field({ type: TieEnd, resolve: (tie, _args, ctx) => loadEnd(ctx, tie.to) }),
    neighbour: t.field({
      type: TieEnd,
      nullable: true,
      description:
        'The other end, when the tie was reached from one end (e.g. Organisation.ties); else null.',
      resolve: (tie, _args, ctx) => {
        if (tie.perspective === undefined) return null;
        return loadEnd(ctx, tie.from.id === tie.perspective ? tie.to : tie.from);
      },
    }),
    assertedBy: t.exposeString('assertedBy', {
      nullable: true,
      description: "Who asserted it: a professional's name, or a source such as an import.",
    }),
    assertedByProfessional: t.field({
      type: Professional,
      nullable: true,
      resolve: (tie) => tie.assertedByProfessionalId,
    }),
    assertedAt: t.field({ type: 'DateTime', nullable: true, resolve: (tie) => tie.assertedAt }),
    source: t.exposeString('source', { nullable: true, description: 'Where the tie came from.' }),
    lastConfirmedAt: t.field({
      type: 'Date',
      nullable: true,
      resolve: (tie) => tie.lastConfirmedAt,
    }),
    confirmedBy: t.field({
      type: Professional,
      nullable: true,
      description: 'The professional who confirmed it last, if one did.',
      resolve: (tie) => tie.confirmedBy,
    }),
    ageInDays: t.int({
      nullable: true,
      description: 'Days since it was last confirmed.',
      resolve: (tie) => ageInDays(tie.lastConfirmedAt, utcToday()),
    }),
    stale: t.boolean({
      description: `Not confirmed for ${staleAfterMonths} months (or never).`,
      resolve: (tie) => isStale(tie.lastConfirmedAt, utcToday()),
    }),
  }),
});

builder.objectField(Organisation, 'ties', (t) =>
  t.field({
    type: [Tie],
    description: 'Its active ties to active organisations; `neighbour` is the other one.',
    resolve: (organisation, _args, context) =>
      tiesOf(context, 'Organisation').load(organisation.id),
  }),
);

builder.objectField(Professional, 'ties', (t) =>
  t.field({
    type: [Tie],
    description: 'Their active ties to active professionals; `neighbour` is the other one.',
    resolve: (professional, _args, context) =>
      tiesOf(context, 'Professional').load(professional.id),
  }),
);
