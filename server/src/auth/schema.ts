import { z } from 'zod';
import { Region } from '../geography/refs.js';
import { Organisation, Professional } from '../network/refs.js';
import { builder } from '../schema/builder.js';
import { ErrorInterface } from '../schema/errors.js';
import { sessionClearCookie, sessionSetCookie } from './cookies.js';
import { type SignInOptions, signInOptionsOf } from './oidc/options.js';
import { AuthenticationFailedError, signIn } from './sign-in.js';
import { revokeSession, viewerOfSession } from './store.js';
import { accountRoles, type Viewer } from './viewer.js';

const AccountRoleEnum = builder.enumType('AccountRole', {
  description: 'Ingrado administrator, regional coordinator, or professional.',
  values: accountRoles,
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in account: what it may see follows from its role.',
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.expose('role', { type: AccountRoleEnum }),
    professional: t.field({
      type: Professional,
      nullable: true,
      resolve: (viewer) => viewer.professionalId,
    }),
    organisation: t.field({
      type: Organisation,
      nullable: true,
      resolve: (viewer) => viewer.organisationId,
    }),
    regions: t.field({
      type: [Region],
      description: 'For a regional coordinator: the regions they coordinate.',
      resolve: (viewer) => [...viewer.regionCodes],
    }),
  }),
});

builder.objectType(AuthenticationFailedError, {
  name: 'AuthenticationError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    locked: t.exposeBoolean('locked', { description: 'Too many failed attempts for now.' }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    skipTypeScopes: true,
    description: 'Who is signed in; null when nobody is.',
    resolve: (_root, _args, { viewer }) => viewer,
  }),
);

const OidcSignInRef = builder.objectRef<{ label: string }>('OidcSignIn').implement({
  description: "Signing in through the organisation's own identity provider (OpenID Connect).",
  fields: (t) => ({
    label: t.exposeString('label', {
      description: 'Names the identity provider on the sign-in button, e.g. "Gemeente Utrecht".',
    }),
  }),
});

const SignInOptionsRef = builder.objectRef<SignInOptions>('SignInOptions').implement({
  description: 'Ways to sign in besides e-mail and password.',
  fields: (t) => ({
    oidc: t.field({
      type: OidcSignInRef,
      nullable: true,
      description: 'Null when Rizoom has no identity provider configured.',
      resolve: (options) => options.oidc,
    }),
  }),
});

builder.queryField('signInOptions', (t) =>
  t.field({
    type: SignInOptionsRef,
    skipTypeScopes: true,
    description: 'What the sign-in page may offer; asked before anyone is signed in.',
    resolve: (_root, _args, context) => signInOptionsOf(context),
  }),
);

builder.mutationFields((t) => ({
  signIn: t.field({
    type: ViewerRef,
    skipTypeScopes: true,
    description: 'Signs in with e-mail and password; the session travels in an HttpOnly cookie.',
    errors: { types: [AuthenticationFailedError] },
    args: {
      email: t.arg.string({ required: true, validate: z.string().trim().email().max(254) }),
      password: t.arg.string({ required: true, validate: z.string().min(1).max(512) }),
    },
    resolve: async (_root, { email, password }, { db, auth, sessions }) => {
      const session = await signIn(db, sessions.tokens, { email, password, hours: sessions.hours });
      auth.setCookie(sessionSetCookie(session.token, session.expiresAt, sessions.secureCookie));
      const viewer = await viewerOfSession(db, session.sessionId);
      if (!viewer) throw new AuthenticationFailedError(false);
      return viewer;
    },
  }),
  signOut: t.boolean({
    skipTypeScopes: true,
    description: 'Ends this session, here and on the server: its token no longer works.',
    resolve: async (_root, _args, { db, auth, sessions }) => {
      if (auth.sessionId) {
        sessions.lookup.forget(auth.sessionId);
        await revokeSession(db, auth.sessionId);
      }
      auth.setCookie(sessionClearCookie(sessions.secureCookie));
      return auth.sessionId !== null;
    },
  }),
}));
