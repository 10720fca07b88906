import type { Plugin } from 'graphql-yoga';
import { sessionToken } from './cookies.js';
import type { SessionLookup } from './session-cache.js';
import type { Tokens } from './tokens.js';
import type { Viewer } from './viewer.js';

/** What a request's session resolves to, and the cookies a resolver wants to send back. */
export interface RequestAuth {
  viewer: Viewer | null;
  sessionId: string | null;
  setCookie: (value: string) => void;
}

const pendingCookies = new WeakMap<Request, string[]>();

/** Reads the session cookie: a valid token naming a live session gives its viewer. */
export async function authenticate(
  sessions: SessionLookup,
  tokens: Tokens,
  request: Request,
): Promise<RequestAuth> {
  const token = sessionToken(request);
  const sessionId = token ? await tokens.verify(token) : null;
  const viewer = sessionId ? await sessions.viewerOf(sessionId) : null;
  return {
    viewer,
    sessionId: viewer ? sessionId : null,
    setCookie: (value) =>
      pendingCookies.set(request, [...(pendingCookies.get(request) ?? []), value]),
  };
}

/** Adds the Set-Cookie headers resolvers asked for (sign-in, sign-out) to the response. */
export function useSessionCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of pendingCookies.get(request) ?? [])
        response.headers.append('set-cookie', cookie);
    },
  };
}
