import { describe, expect, it } from 'vitest';
import { roleLabel, toRole } from './role.js';

describe('toRole', () => {
  it('keeps a stored code', () => {
    expect(toRole('LEERPLICHTAMBTENAAR')).toBe('LEERPLICHTAMBTENAAR');
    expect(toRole('KLANTMANAGER_WI')).toBe('KLANTMANAGER_WI');
  });

  it('reads an older Dutch label as its code, whatever its case', () => {
    expect(toRole('leerplichtambtenaar')).toBe('LEERPLICHTAMBTENAAR');
    expect(toRole('RMC-trajectbegeleider')).toBe('RMC_TRAJECTBEGELEIDER');
    expect(toRole(' Zorgcoördinator ')).toBe('ZORGCOORDINATOR');
  });

  it('reads anything unknown, or nothing, as OTHER', () => {
    expect(toRole('astronaut')).toBe('OTHER');
    expect(toRole('toString')).toBe('OTHER');
    expect(toRole(null)).toBe('OTHER');
    expect(toRole('')).toBe('OTHER');
  });
});

describe('roleLabel', () => {
  it('gives the Dutch label of a code', () => {
    expect(roleLabel('HALT_MEDEWERKER')).toBe('Halt-medewerker');
    expect(roleLabel('OTHER')).toBe('medewerker');
  });
});
