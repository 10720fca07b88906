import { hashPassword } from '../server/src/auth/passwords.js';
import type { AccountRole } from '../server/src/auth/viewer.js';
import { cypher } from '../server/src/db/cypher.js';
import type { Database } from '../server/src/db/database.js';

/** The demo's shared password, printed by `npm start`; demo accounts exist only in demo mode. */
export const demoPassword = 'rizoom-demo';

export interface DemoAccount {
  id: string;
  email: string;
  role: AccountRole;
  /** The synthetic professional it signs in as: the first with this role in the region. */
  professionalRole: string | null;
  organisationKind: string | null;
  regionCode: string;
  description: string;
}

export const demoAccounts: readonly DemoAccount[] = [
  {
    id: 'demo-account-admin',
    email: 'beheer@rizoom.example',
    role: 'ADMIN',
    professionalRole: null,
    organisationKind: null,
    regionCode: 'MC19',
    description: 'Ingrado-beheerder',
  },
  {
    id: 'demo-account-coordinator',
    email: 'regio@rizoom.example',
    role: 'REGIONAL_COORDINATOR',
    professionalRole: 'RMC_TRAJECTBEGELEIDER',
    organisationKind: 'RMC',
    regionCode: 'MC19',
    description: 'regiocoördinator RMC-regio Utrecht',
  },
  {
    id: 'demo-account-leerplicht',
    email: 'leerplicht@rizoom.example',
    role: 'PROFESSIONAL',
    professionalRole: 'LEERPLICHTAMBTENAAR',
    organisationKind: null,
    regionCode: 'MC19',
    description: 'leerplichtambtenaar in de regio Utrecht',
  },
  {
    id: 'demo-account-school',
    email: 'school@rizoom.example',
    role: 'PROFESSIONAL',
    professionalRole: 'ZORGCOORDINATOR',
    organisationKind: 'SCHOOL_VO',
    regionCode: 'MC19',
    description: 'zorgcoördinator van een vo-school in de regio Utrecht',
  },
];

const loadQuery = cypher<
  { accounts: (DemoAccount & { passwordHash: string })[] },
  { accounts: number }
>('auth/demo-accounts');

/** Creates (or refreshes) the demo accounts; idempotent. */
export async function loadDemoAccounts(db: Database, password = demoPassword): Promise<number> {
  const passwordHash = await hashPassword(password);
  const [row] = await db.write(loadQuery, {
    accounts: demoAccounts.map((account) => ({ ...account, passwordHash })),
  });
  return row?.accounts ?? 0;
}
