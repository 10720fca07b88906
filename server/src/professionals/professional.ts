import { RecordStatusEnum } from '../network/organisation.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { selectsField } from '../schema/selection.js';
import { NeedEnum, RoleEnum } from '../vocabulary/schema.js';
import { roleLabel } from './role.js';
import { staffOf } from './staff.js';
import { employmentOfProfessionals, expertiseOfProfessionals } from './store.js';
import type { EmploymentShape } from './types.js';

const Employment = builder.objectRef<EmploymentShape>('Employment').implement({
  description: 'A job: at an organisation, from a date, until a date (none while current).',
  fields: (t) => ({
    organisation: t.field({ type: Organisation, resolve: (job) => job.organisationId }),
    from: t.field({
      type: 'Date',
      nullable: true,
      description: 'Unknown for some imported records.',
      resolve: (job) => job.from,
    }),
    to: t.field({ type: 'Date', nullable: true, resolve: (job) => job.to }),
    current: t.boolean({ resolve: (job) => job.to === null }),
  }),
});

Professional.implement({
  description: 'A professional in the network, with synthetic work contact details.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.expose('role', { type: RoleEnum }),
    roleLabel: t.string({
      description: 'The role in Dutch, e.g. leerplichtambtenaar.',
      resolve: (professional) => roleLabel(professional.role),
    }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    status: t.expose('status', { type: RecordStatusEnum }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'Where the record came from.',
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.updatedAt }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'Where they work now.',
      resolve: (professional) => professional.organisationId,
    }),
    employment: t.loadableList({
      type: Employment,
      description: 'Their jobs, the current one first.',
      load: (ids: string[], { db }) => employmentOfProfessionals(db, ids),
      resolve: (professional) => professional.id,
    }),
    expertise: t.loadableList({
      type: NeedEnum,
      description: 'What they know about, in the vocabulary of needs.',
      load: (ids: string[], { db }) => expertiseOfProfessionals(db, ids),
      resolve: (professional) => professional.id,
    }),
  }),
});

builder.objectField(Organisation, 'professionals', (t) =>
  t.field({
    type: [Professional],
    description: 'Who works here now (active professionals in a current job), by name.',
    // Asked together with their ties, both come from one statement.
    resolve: (organisation, _args, context, info) =>
      staffOf(context, selectsField(info, 'ties')).load(organisation.id),
  }),
);
