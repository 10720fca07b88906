import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { cypher } from '../db/cypher.js';
import { builder } from '../schema/builder.js';
import { type AuditAction, auditActions } from './trail.js';

interface AuditEventShape {
  id: string;
  at: string;
  accountId: string | null;
  action: AuditAction;
  operation: string | null;
  caseId: string | null;
  handoverId: string | null;
  count: number | null;
}

const pageQuery = cypher<
  {
    caseId: string | null;
    accountId: string | null;
    action: AuditAction | null;
    offset: number;
    limit: number;
  },
  { totalCount: number; events: AuditEventShape[] }
>('audit/events-page');

const AuditActionEnum = builder.enumType('AuditAction', { values: auditActions });

const AuditEvent = builder.objectRef<AuditEventShape>('AuditEvent').implement({
  description: 'One read or write of case data, or a purge (which records only its count).',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.field({ type: 'DateTime', resolve: (event) => event.at }),
    accountId: t.exposeString('accountId', { nullable: true }),
    action: t.expose('action', { type: AuditActionEnum }),
    operation: t.exposeString('operation', { nullable: true }),
    caseId: t.exposeString('caseId', { nullable: true }),
    handoverId: t.exposeString('handoverId', { nullable: true }),
    count: t.exposeInt('count', { nullable: true, description: 'For a purge: how many cases.' }),
  }),
});

builder.queryField('auditEvents', (t) =>
  t.connection({
    type: AuditEvent,
    description: 'The audit log, newest first. Administrators only.',
    authScopes: { admin: true },
    args: {
      caseId: t.arg.string(),
      accountId: t.arg.string(),
      action: t.arg({ type: AuditActionEnum }),
    },
    resolve: async (_root, args, { db }) => {
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args }, async (page) => {
        const [row] = await db.read(pageQuery, {
          caseId: args.caseId ?? null,
          accountId: args.accountId ?? null,
          action: args.action ?? null,
          ...page,
        });
        totalCount = row?.totalCount ?? 0;
        return row?.events ?? [];
      });
      return { ...connection, totalCount };
    },
  }),
);
