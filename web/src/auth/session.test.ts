import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import type { Viewer } from '../api/operations/viewer';
import { initialSession, type SessionState, sessionReducer } from './session';

const viewer: Viewer = {
  email: 'leerplicht@rizoom.example',
  role: 'PROFESSIONAL',
  organisation: { name: 'Leerplicht Utrecht' },
  regions: [],
};
const signedIn: SessionState = { status: 'signedIn', viewer, viaForm: false };

describe('sessionReducer', () => {
  it('shows the page for a viewer found by the check, the form for nobody', () => {
    expect(sessionReducer(initialSession, { type: 'checked', viewer })).toEqual(signedIn);
    expect(sessionReducer(initialSession, { type: 'checked', viewer: null })).toEqual({
      status: 'signedOut',
      notice: null,
      email: '',
    });
  });

  it('reports a failed check as unavailable, and starts over on a retry', () => {
    const error = new ApiError('DATABASE_UNAVAILABLE', 'down');
    const unavailable = sessionReducer(initialSession, { type: 'checkFailed', error });
    expect(unavailable).toEqual({ status: 'unavailable', error });
    expect(sessionReducer(unavailable, { type: 'checkStarted' })).toEqual(initialSession);
  });

  it('marks a sign-in through the form, so focus can follow it', () => {
    const signedOut = sessionReducer(initialSession, { type: 'checked', viewer: null });
    expect(sessionReducer(signedOut, { type: 'signedIn', viewer })).toEqual({
      status: 'signedIn',
      viewer,
      viaForm: true,
    });
  });

  it('keeps the e-mail address of an expired session for the form, but not after signing out', () => {
    expect(sessionReducer(signedIn, { type: 'expired' })).toEqual({
      status: 'signedOut',
      notice: 'expired',
      email: viewer.email,
    });
    expect(sessionReducer(signedIn, { type: 'signedOut' })).toEqual({
      status: 'signedOut',
      notice: 'signedOut',
      email: '',
    });
  });

  it('ignores a second expiry once the sign-in page shows', () => {
    const expired = sessionReducer(signedIn, { type: 'expired' });
    expect(sessionReducer(expired, { type: 'expired' })).toBe(expired);
  });
});
