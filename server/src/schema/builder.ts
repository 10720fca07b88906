import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { QueryTooComplexError, RizoomError, ValidationFailedError } from '../errors.js';
import type { Context } from './context.js';

/** Limits on what one request may ask for; tests and docs refer to these numbers. */
export const queryLimits = { depth: 10, breadth: 200, complexity: 5_000 } as const;

// Plugin order is deliberate (hooks wrap resolvers in reverse order of this list):
// - Relay before scope-auth, so auth checks receive parsed global ids;
// - scope-auth next, so no other plugin runs for a request that may not;
// - errors before validation and dataloader, so their failures become typed results;
// - complexity, checked once per operation before any root field resolves.
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Connection: { totalCount: number };
  AuthScopes: {
    public: boolean;
    signedIn: boolean;
    admin: boolean;
    caseReader: string;
    handoverReader: string;
    handoverRecipient: string;
    ownOrganisation: string;
    organisationEditor: string;
    professionalEditor: string;
    tieEditor: string;
    tieEndsEditor: readonly { type: string; id: string }[];
    tableEditor: string;
    regionEditor: readonly string[];
  };
  Scalars: {
    /** A calendar date, YYYY-MM-DD. */
    Date: { Input: string; Output: string };
    /** A moment in time, ISO 8601 with offset. */
    DateTime: { Input: Date; Output: Date | string };
  };
}>({
  plugins: [
    RelayPlugin,
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    ComplexityPlugin,
    DataloaderPlugin,
  ],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  scopeAuth: {
    // The rules themselves live in auth/access.ts; scopes name them for fields and types.
    authScopes: ({ viewer, access }) => ({
      public: true,
      signedIn: viewer !== null,
      admin: viewer?.role === 'ADMIN',
      caseReader: access.canReadCase,
      handoverReader: access.canReadHandover,
      handoverRecipient: access.isHandoverRecipient,
      ownOrganisation: access.isOwnOrganisation,
      organisationEditor: access.canEditOrganisation,
      professionalEditor: access.canEditProfessional,
      tieEditor: access.canEditTie,
      tieEndsEditor: access.canEditAnyEnd,
      tableEditor: access.canEditTable,
      regionEditor: access.canEditRegion,
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer
        ? new RizoomError('FORBIDDEN', 'You may not see or change this.')
        : new RizoomError('UNAUTHENTICATED', 'Sign in first.'),
  },
  errors: {
    // Validation failures of mutation input come back as typed ValidationError results.
    // Safe here: they echo the caller's own input only, and no resolver runs.
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (result) =>
      new ValidationFailedError(
        result.issues.map((issue) => ({
          field:
            issue.path
              ?.map((part) => String(typeof part === 'object' ? part.key : part))
              .join('.') ?? '',
          message: issue.message,
        })),
      ),
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: queryLimits,
    complexityError: (kind, result) => {
      const measure = kind.toLowerCase() as keyof typeof queryLimits;
      return new QueryTooComplexError(measure, result[measure], queryLimits[measure]);
    },
  },
});

builder.addScalarType('Date', LocalDateResolver);
builder.addScalarType('DateTime', DateTimeResolver);

// Nothing is answered to anonymous requests but the sign-in itself (fields that may, say
// `skipTypeScopes`); finer rules sit on the fields and on the Case and Handover types.
builder.queryType({ authScopes: { signedIn: true } });
builder.mutationType({ authScopes: { signedIn: true } });

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match, over all pages.',
    resolve: (connection) => connection.totalCount,
  }),
);
