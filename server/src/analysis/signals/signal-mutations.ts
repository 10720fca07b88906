import { z } from 'zod';
import { ValidationFailedError } from '../../errors.js';
import { Organisation } from '../../network/refs.js';
import { builder } from '../../schema/builder.js';
import type { Context } from '../../schema/context.js';
import { mutationErrors } from '../../schema/errors.js';
import { ConsultationTable } from '../../tables/table.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { materialiseSignals } from './materialise.js';
import { asOfDay } from './periods.js';
import { Signal, SignalKindEnum } from './signal.js';
import { agendaScopes, mayClose, mayManageRegion } from './signal-access.js';
import {
  type Actor,
  closeSignal,
  commentOnSignal,
  createSignal,
  endorseSignal,
  putOnAgenda,
} from './signal-writes.js';

// Free text on signals is about patterns, never about a young person; kept short.
const title = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');
const text = z.string().trim().min(1, 'must not be empty').max(1000, 'at most 1000 characters');
const regionCode = z.string().regex(/^[A-Z]{2}[0-9]{2}$/, 'must be a region code such as MC15');

const actorOf = ({ viewer }: Context): Actor => ({
  accountId: viewer?.accountId ?? '',
  professionalId: viewer?.professionalId ?? null,
});

const RaiseSignalInput = builder.inputType('RaiseSignalInput', {
  description: 'A pattern a professional noticed across cases.',
  fields: (t) => ({
    title: t.string({ required: true, validate: title, description: 'A short title.' }),
    description: t.string({
      validate: text,
      description: 'What the pattern is (no personal data).',
    }),
    regionCode: t.string({
      required: true,
      validate: regionCode,
      description: 'The region, e.g. MC15.',
    }),
    kind: t.field({
      type: SignalKindEnum,
      defaultValue: 'OTHER',
      description: 'The pattern; OTHER if none fits.',
    }),
    need: t.field({ type: NeedEnum, description: 'The need concerned, if any.' }),
    schoolId: t.globalID({ for: Organisation, description: 'The school concerned, if any.' }),
  }),
});

builder.mutationFields((t) => ({
  raiseSignal: t.field({
    type: Signal,
    errors: mutationErrors,
    description: 'Raises a signal (OPEN). Any signed-in user.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RaiseSignalInput, required: true, description: 'The signal.' }) },
    resolve: (_root, { input }, ctx) =>
      createSignal(
        ctx.db,
        {
          kind: input.kind ?? 'OTHER',
          title: input.title,
          description: input.description ?? null,
          regionCode: input.regionCode,
          need: input.need ?? null,
          schoolId: input.schoolId?.id ?? null,
        },
        actorOf(ctx),
      ),
  }),
  materialiseSignals: t.field({
    type: [Signal],
    errors: mutationErrors,
    description:
      "Turns what the analyses flag in a region into signals, once a quarter each. The region's coordinator or an administrator.",
    args: {
      regionCode: t.arg.string({
        required: true,
        validate: regionCode,
        description: 'The region.',
      }),
      asOf: t.arg({ type: 'Date', description: 'Judge as of this day; today (UTC) if not given.' }),
    },
    authScopes: (_root, args, ctx) => mayManageRegion(ctx, args.regionCode),
    resolve: (_root, args, ctx) =>
      materialiseSignals(ctx.db, args.regionCode, asOfDay(args.asOf), actorOf(ctx)),
  }),
  putSignalOnAgenda: t.field({
    type: Signal,
    errors: mutationErrors,
    description:
      "OPEN → ON_AGENDA, on a table's agenda (its members, its region's coordinator) or a region's (its coordinator); administrators too.",
    args: {
      id: t.arg.globalID({ required: true, for: Signal, description: 'The signal.' }),
      tableId: t.arg.globalID({
        for: ConsultationTable,
        description: 'The table; or give regionCode.',
      }),
      regionCode: t.arg.string({
        validate: regionCode,
        description: 'The region; or give tableId.',
      }),
    },
    authScopes: (_root, args, ctx) =>
      agendaScopes(ctx, args.tableId?.id ?? null, args.regionCode ?? null),
    resolve: (_root, args, ctx) => {
      if ((args.tableId == null) === (args.regionCode == null)) {
        throw new ValidationFailedError([
          { field: 'tableId', message: 'give either tableId or regionCode' },
        ]);
      }
      return putOnAgenda(
        ctx.db,
        args.id.id,
        { tableId: args.tableId?.id ?? null, regionCode: args.regionCode ?? null },
        actorOf(ctx),
      );
    },
  }),
  endorseSignal: t.field({
    type: Signal,
    errors: mutationErrors,
    description: 'Endorses a signal: once per professional, while it is not closed.',
    args: { id: t.arg.globalID({ required: true, for: Signal, description: 'The signal.' }) },
    authScopes: (_root, _args, ctx) => ctx.viewer?.professionalId != null,
    resolve: (_root, args, ctx) =>
      endorseSignal(ctx.db, args.id.id, ctx.viewer?.professionalId ?? ''),
  }),
  commentOnSignal: t.field({
    type: Signal,
    errors: mutationErrors,
    description: 'Adds a comment to a signal that is not closed. Any signed-in user.',
    authScopes: { signedIn: true },
    args: {
      id: t.arg.globalID({ required: true, for: Signal, description: 'The signal.' }),
      text: t.arg.string({
        required: true,
        validate: text,
        description: 'The comment (no personal data).',
      }),
    },
    resolve: (_root, args, ctx) => commentOnSignal(ctx.db, args.id.id, args.text, actorOf(ctx)),
  }),
  closeSignal: t.field({
    type: Signal,
    errors: mutationErrors,
    description:
      "OPEN or ON_AGENDA → CLOSED with a note: its raiser, its region's coordinator or an administrator.",
    args: {
      id: t.arg.globalID({ required: true, for: Signal, description: 'The signal.' }),
      note: t.arg.string({ required: true, validate: text, description: 'The closing note.' }),
    },
    authScopes: (_root, args, ctx) => mayClose(ctx, args.id.id),
    resolve: (_root, args, ctx) => closeSignal(ctx.db, args.id.id, args.note, actorOf(ctx)),
  }),
}));
