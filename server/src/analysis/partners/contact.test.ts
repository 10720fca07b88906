import { describe, expect, it } from 'vitest';
import { needCodes } from '../../vocabulary/needs.js';
import { roleCodes } from '../../vocabulary/roles.js';
import { pickContact, roleFit, rolesForNeed } from './contact.js';
import type { StaffRow } from './types.js';

const person = (id: string, role: StaffRow['role'], expertise: StaffRow['expertise'] = []) => ({
  organisationId: 'o',
  id,
  role,
  expertise,
});

describe('contact choice', () => {
  it('names only real roles for every need', () => {
    for (const need of needCodes) {
      expect(rolesForNeed[need].length).toBeGreaterThan(0);
      for (const role of rolesForNeed[need]) expect(roleCodes).toContain(role);
    }
  });

  it('prefers listed expertise, then the role, then the lowest id', () => {
    const staff = [
      person('p3', 'BELEIDSMEDEWERKER', ['GEDRAG']),
      person('p2', 'SWV_CONSULENT'),
      person('p1', 'JEUGDHULPVERLENER'),
    ];
    expect(pickContact(staff, ['GEDRAG'])?.id).toBe('p3');
    expect(pickContact(staff.slice(1), ['GEDRAG'])?.id).toBe('p1');
    expect(pickContact([person('b', 'OTHER'), person('a', 'OTHER')], ['GEDRAG'])?.id).toBe('a');
    expect(pickContact([], ['GEDRAG'])).toBeNull();
  });

  it('adds up the fit over the needs', () => {
    expect(roleFit('SWV_CONSULENT', ['AUTISME', 'GEDRAG'])).toBe(4 + 3);
    expect(roleFit('OTHER', ['AUTISME'])).toBe(0);
  });
});
