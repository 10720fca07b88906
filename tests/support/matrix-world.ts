import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import type { Database } from '../../server/src/db/database.js';
import { csrfHeader } from '../../server/src/http/security/csrf.js';
import { graphql } from './app.js';
import { randomBsn } from './cases.js';
import { testCypher } from './cypher.js';
import { fromGlobalId, toGlobalId } from './ids.js';
import {
  adminViewer,
  coordinatorViewer,
  professionalViewer,
  type TestViewer,
  viewerCookie,
} from './viewers.js';

// The authorization matrix's fixtures: for every cell a fresh little world, so that what one
// allowed mutation does (archive, close, accept) never changes what the next cell sees.

export const whos = [
  'anonymous',
  'admin',
  'coordinatorHere',
  'coordinatorElsewhere',
  'professionalA',
  'professionalB',
  'professionalC',
] as const;
export type Who = (typeof whos)[number];

/** Who is who, in words: the rows of the matrix. */
export const whoIs: Record<Who, string> = {
  anonymous: 'not signed in',
  admin: 'Ingrado administrator',
  coordinatorHere: 'regional coordinator of the region of A and B',
  coordinatorElsewhere: 'regional coordinator of the region of C',
  professionalA: 'professional of A (registered the case, sent the handovers)',
  professionalB: 'professional of B (receives the handovers; not involved in case 1)',
  professionalC: 'professional of C (another region, uninvolved)',
};

export interface Ref {
  id: string;
  globalId: string;
}

export const here = 'GM0344';
export const elsewhere = 'GM0363';

type App = Parameters<typeof graphql>[0];
const importMutation = `mutation($entity: ImportEntity!, $file: File!, $dryRun: Boolean) {
  importSpreadsheet(entity: $entity, file: $file, dryRun: $dryRun) { __typename } }`;
type Send = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => ReturnType<typeof graphql<T>>;

const createWorld = testCypher<
  {
    organisations: { id: string; name: string; kind: string; municipalityCode: string }[];
    professionals: { id: string; name: string; role: string; organisationId: string }[];
  },
  { organisations: number; professionals: number }
>('matrix-world');
const rmcRegion = testCypher<{ code: string }, { code: string }>('matrix-rmc-region');
const deleteWorlds = testCypher<{ prefix: string; caseIds: string[] }, object>('matrix-delete');

const ref = (type: string, id: string): Ref => ({ id, globalId: toGlobalId(type, id) });

export function matrixWorlds(db: Database, app: App) {
  const prefix = `test-matrix-${randomUUID().slice(0, 8)}-`;
  const caseIds: string[] = [];
  let count = 0;
  let regions: { here: string; elsewhere: string } | undefined;
  afterAll(() => db.write(deleteWorlds, { prefix, caseIds }));

  async function regionOf(code: string) {
    const [row] = await db.read(rmcRegion, { code });
    if (!row) throw new Error(`no RMC region for ${code}`);
    return row.code;
  }

  return {
    /** A fresh world and the cookie of the cell's viewer in it ('' when anonymous). */
    async world(who: Who) {
      regions ??= { here: await regionOf(here), elsewhere: await regionOf(elsewhere) };
      count += 1;
      const p = `${prefix}${count}-`;
      const org = (label: string, kind: string, municipalityCode: string) => ({
        id: `${p}${label}`,
        name: `Matrix ${label} ${p}`,
        kind,
        municipalityCode,
      });
      const organisations = [
        org('a', 'LEERPLICHT', here),
        org('b', 'SCHOOL_VO', here),
        org('c', 'WIJKTEAM', elsewhere),
        org('rmc', 'RMC', here),
        org('rmc-elsewhere', 'RMC', elsewhere),
      ];
      const person = (label: string, organisation: string, role: string) => ({
        id: `${p}${label}`,
        name: `Matrix ${label}`,
        role,
        organisationId: `${p}${organisation}`,
      });
      await db.write(createWorld, {
        organisations,
        professionals: [
          person('pa', 'a', 'LEERPLICHTAMBTENAAR'),
          person('pa2', 'a', 'LEERPLICHTAMBTENAAR'),
          person('pb', 'b', 'ZORGCOORDINATOR'),
          person('pc', 'c', 'WIJKTEAMMEDEWERKER'),
          person('pr', 'rmc', 'RMC_TRAJECTBEGELEIDER'),
          person('pr2', 'rmc-elsewhere', 'RMC_TRAJECTBEGELEIDER'),
        ],
      });
      const viewers: Record<Who, TestViewer | null> = {
        anonymous: null,
        admin: adminViewer,
        coordinatorHere: coordinatorViewer(`${p}pr`, [regions.here]),
        coordinatorElsewhere: coordinatorViewer(`${p}pr2`, [regions.elsewhere]),
        professionalA: professionalViewer(`${p}pa`),
        professionalB: professionalViewer(`${p}pb`),
        professionalC: professionalViewer(`${p}pc`),
      };
      const viewer = viewers[who];
      // One account per person: the cell's viewer acting in a setup step is the same account.
      const viewerCookieValue = viewer ? await viewerCookie(db, viewer) : '';
      const accountOf = (role: Who, spec: TestViewer) =>
        who === role ? Promise.resolve(viewerCookieValue) : viewerCookie(db, spec);
      const cookies = {
        viewer: viewerCookieValue,
        admin: () => accountOf('admin', adminViewer),
        a: () => accountOf('professionalA', professionalViewer(`${p}pa`)),
        b: () => accountOf('professionalB', professionalViewer(`${p}pb`)),
      };
      const as =
        (cookie: string): Send =>
        (query, variables = {}) =>
          graphql(app, query, variables, cookie ? { cookie } : {});
      return {
        prefix: p,
        regions,
        orgA: ref('Organisation', `${p}a`),
        orgB: ref('Organisation', `${p}b`),
        orgC: ref('Organisation', `${p}c`),
        pA2: ref('Professional', `${p}pa2`),
        pB: ref('Professional', `${p}pb`),
        /** Sends as the cell's viewer. */
        send: as(cookies.viewer),
        /** Uploads a CSV to importSpreadsheet (a dry run) as the cell's viewer. */
        async upload(entity: string, csv: string) {
          const form = new FormData();
          form.append(
            'operations',
            JSON.stringify({
              query: importMutation,
              variables: { entity, file: null, dryRun: true },
            }),
          );
          form.append('map', JSON.stringify({ 0: ['variables.file'] }));
          form.append('0', new File([csv], 'import.csv', { type: 'text/csv' }));
          const response = await app.fetch('http://rizoom.test/graphql', {
            method: 'POST',
            body: form,
            headers: { [csrfHeader]: '1', ...(cookies.viewer ? { cookie: cookies.viewer } : {}) },
          });
          return (await response.json()) as {
            data?: Record<string, unknown> | null;
            errors?: { message: string; extensions?: { code?: string } }[];
          };
        },
        asAdmin: async () => as(await cookies.admin()),
        asA: async () => as(await cookies.a()),
        asB: async () => as(await cookies.b()),
        remember: (caseGlobalId: string) => caseIds.push(fromGlobalId(caseGlobalId)),
      };
    },
  };
}

export type MatrixWorld = Awaited<ReturnType<ReturnType<typeof matrixWorlds>['world']>>;

/** A registration by A (as its professional) in A's municipality. */
export const registrationBy = (organisation: Ref) => ({
  bsn: randomBsn(),
  kind: 'THUISZITTER',
  age: 14,
  municipalityCode: here,
  needs: ['AUTISME'],
  riskIndicators: ['RELATIEF_VERZUIM'],
  organisationId: organisation.globalId,
});
