import {
  ConflictError,
  type ErrorCode,
  type FieldIssue,
  InvalidTransitionError,
  NotFoundError,
  type RizoomError,
  ValidationFailedError,
} from '../errors.js';
import { builder } from './builder.js';

// Expected failures of mutations come back as typed results that share the `Error` interface,
// so a client can always ask `... on Error { code message }` and add detail where it cares.

const errorCodes: ErrorCode[] = [
  'DATABASE_UNAVAILABLE',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL',
];

export const ErrorCodeEnum = builder.enumType('ErrorCode', { values: errorCodes });

export const ErrorInterface = builder.interfaceRef<RizoomError>('Error').implement({
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.expose('code', { type: ErrorCodeEnum }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One problem with the input: the field (a dotted path) and what is wrong.',
  fields: (t) => ({
    field: t.exposeString('field'),
    message: t.exposeString('message'),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity'),
    id: t.exposeString('id'),
  }),
});

builder.objectType(ValidationFailedError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }),
  }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString('field', { nullable: true, description: 'The field that clashes.' }),
  }),
});

builder.objectType(InvalidTransitionError, {
  name: 'InvalidTransitionError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.exposeString('from', { description: 'The status it is in.' }),
    attempted: t.exposeString('attempted', { description: 'What was asked of it.' }),
  }),
});

/** The errors every mutation may return as results. */
export const mutationErrors = {
  types: [NotFoundError, ValidationFailedError, ConflictError, InvalidTransitionError],
};
