import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import type { Viewer } from '../api/operations/viewer';
import { checkCredentials, failureMessage, failureOf, fieldOf, outcomeOf, signIn } from './signIn';

const viewer: Viewer = {
  email: 'regio@rizoom.example',
  role: 'REGIONAL_COORDINATOR',
  organisation: null,
  regions: [{ code: 'MC19', name: 'Utrecht' }],
};

function respondWith(body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('checkCredentials', () => {
  it('asks for what is missing, the e-mail address first', () => {
    expect(checkCredentials(' ', '')).toEqual({ reason: 'missingEmail' });
    expect(checkCredentials('leerplicht', 'x')).toEqual({ reason: 'invalidEmail' });
    expect(checkCredentials('leerplicht@rizoom.example', '')).toEqual({
      reason: 'missingPassword',
    });
    expect(checkCredentials(' leerplicht@rizoom.example ', 'x')).toBeNull();
  });
});

describe('the outcome of a sign-in', () => {
  it('tells a locked account from a wrong password', () => {
    expect(outcomeOf({ __typename: 'MutationSignInSuccess', data: viewer })).toEqual({
      ok: true,
      viewer,
    });
    const wrong = outcomeOf({ __typename: 'AuthenticationError', locked: false });
    const locked = outcomeOf({ __typename: 'AuthenticationError', locked: true });
    expect(wrong.ok || failureMessage(wrong.failure)).toBe(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
    expect(locked.ok || failureMessage(locked.failure)).toBe(
      'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
    );
  });

  it('says in Dutch when the database or the server cannot be reached', () => {
    const down = failureOf(new ApiError('DATABASE_UNAVAILABLE', 'down'));
    expect(failureMessage(down)).toMatch(/^De database is op dit moment niet bereikbaar/);
    const offline = failureOf(new ApiError('NETWORK_ERROR', 'offline'));
    expect(failureMessage(offline)).toMatch(/^De server is niet bereikbaar/);
  });

  it('blames the e-mail address for a validation error, and returns focus to it', () => {
    const failure = failureOf(new ApiError('VALIDATION_FAILED', 'email'));
    expect(failure).toEqual({ reason: 'invalidEmail' });
    expect(fieldOf(failure)).toBe('email');
    expect(fieldOf({ reason: 'wrongCredentials' })).toBe('password');
    expect(fieldOf({ reason: 'api', code: 'DATABASE_UNAVAILABLE' })).toBe('password');
  });
});

describe('signIn', () => {
  it('sends the trimmed e-mail address and returns the viewer', async () => {
    const fetchMock = respondWith({
      data: { signIn: { __typename: 'MutationSignInSuccess', data: viewer } },
    });
    await expect(signIn(' regio@rizoom.example ', 'geheim')).resolves.toEqual({ ok: true, viewer });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.credentials).toBe('same-origin'); // the session cookie goes along
    expect(JSON.parse(String(init.body)).variables).toEqual({
      email: 'regio@rizoom.example',
      password: 'geheim',
    });
  });

  it('returns a refusal or an unreachable database as an outcome, not an exception', async () => {
    respondWith({ data: { signIn: { __typename: 'AuthenticationError', locked: true } } });
    await expect(signIn('regio@rizoom.example', 'fout')).resolves.toEqual({
      ok: false,
      failure: { reason: 'locked' },
    });
    respondWith({
      data: null,
      errors: [{ message: 'down', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });
    await expect(signIn('regio@rizoom.example', 'geheim')).resolves.toEqual({
      ok: false,
      failure: { reason: 'api', code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
