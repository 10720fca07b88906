import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { demoPassword } from '../../seeds/accounts.js';
import { oneKeyForAllRegions, subjectKey } from '../../server/src/cases/pseudonym.js';
import { developmentPseudonymKey } from '../../server/src/config.js';
import { breakBsn, randomBsn } from '../support/cases.js';
import { freePort, projectRoot, runTs } from '../support/processes.js';

// Issue 5: no BSN or subject key in any log line, error or export. The product runs as `npm
// start` runs it, at the most talkative log level, against the test database (demo data and
// accounts); a scripted session registers, links and hands over cases, sends BSNs where they
// do not belong and downloads exports; then every line it wrote, and Neo4j's own logs, are
// searched for each BSN and each subject key.

const ready = /Rizoom runs at (http:\/\/\S+)/;
const region = 'MC19';
const municipality = 'GM0344';

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

function neo4jLogs(): string {
  const root = join(projectRoot, 'neo4j/data');
  if (!existsSync(root)) return '';
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.log')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const entry of readdirSync(root))
    if (entry.startsWith('test-') && existsSync(join(root, entry, 'logs')))
      walk(join(root, entry, 'logs'));
  return texts.join('\n');
}

describe('a full run, logged at trace level', () => {
  it('writes no BSN and no subject key anywhere: logs, errors, exports', async () => {
    const target = inject('neo4j');
    const run = runTs('server/src/main.ts', {
      NEO4J_URI: target.uri,
      NEO4J_DATABASE: target.database,
      NEO4J_PASSWORD: target.password ?? '',
      PORT: String(await freePort()),
      LOG_LEVEL: 'trace',
      NODE_ENV: 'development',
    });
    const responses: string[] = [];
    const bsns = { linked: randomBsn(), handedOver: randomBsn(), broken: '', literal: randomBsn() };
    bsns.broken = breakBsn(randomBsn());
    try {
      const url = ready.exec(await run.waitFor(ready, 120_000))?.[1] ?? '';
      const post = async (query: string, variables: object, cookie = '') => {
        const response = await fetch(`${url}graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables }),
        });
        const text = await response.text();
        responses.push(text);
        return { response, body: JSON.parse(text) as Body };
      };
      const signIn = async (email: string) => {
        const { response } = await post(
          'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
          { e: email, p: demoPassword },
        );
        const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        const { body } = await post('{ viewer { organisation { id } } }', {}, cookie);
        const viewer = body.data?.viewer as { organisation: { id: string } } | undefined;
        if (!viewer) throw new Error(`${email} could not sign in`);
        return { cookie, organisationId: viewer.organisation.id };
      };
      const officer = await signIn('leerplicht@rizoom.example');
      const school = await signIn('school@rizoom.example');

      const register = (who: typeof officer, bsn: unknown) =>
        post(
          `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { __typename
             ... on MutationRegisterCaseSuccess { data { case { id } } }
             ... on Error { code message } } }`,
          {
            input: {
              bsn,
              kind: 'THUISZITTER',
              age: 15,
              municipalityCode: municipality,
              needs: ['AUTISME'],
              riskIndicators: [],
              organisationId: who.organisationId,
            },
          },
          who.cookie,
        );
      const caseIdOf = (body: Body) =>
        (body.data?.registerCase as { data?: { case: { id: string } } } | undefined)?.data?.case
          .id ?? '';

      // Registered twice (co-involvement), once handed over, once broken, once in wrong places.
      const first = await register(officer, bsns.linked);
      expect(caseIdOf(first.body)).not.toBe('');
      expect(caseIdOf((await register(school, bsns.linked)).body)).not.toBe('');
      const caseId = caseIdOf((await register(officer, bsns.handedOver)).body);
      const requested = await post(
        `mutation($input: RequestHandoverInput!) { requestHandover(input: $input) {
           ... on MutationRequestHandoverSuccess { data { id } } } }`,
        {
          input: {
            caseId,
            fromOrganisationId: officer.organisationId,
            toOrganisationId: school.organisationId,
            reason: 'VERZUIMMELDING',
            legalBasis: 'LEERPLICHTWET',
            warm: true,
          },
        },
        officer.cookie,
      );
      const handoverId =
        (requested.body.data?.requestHandover as { data?: { id: string } } | undefined)?.data?.id ??
        '';
      expect(handoverId).not.toBe('');
      await post(
        'mutation($id: ID!) { acceptHandover(id: $id) { __typename } }',
        { id: handoverId },
        school.cookie,
      );
      expect(JSON.stringify((await register(officer, bsns.broken)).body)).toContain(
        'VALIDATION_FAILED',
      );
      await register(officer, Number(bsns.literal));
      await post(`{ case(id: "${bsns.literal}") { id } }`, {}, officer.cookie);
      await post(
        `mutation { registerCase(input: { bsn: ${bsns.literal} }) { __typename } }`,
        {},
        officer.cookie,
      );
      await post(
        'query($id: ID!) { caseJourney(caseId: $id) { nodes { id } } }',
        { id: caseId },
        officer.cookie,
      );
      await post('{ notifications { items { kind case { id } } } }', {}, school.cookie);
      await post(
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
        {
          e: 'leerplicht@rizoom.example',
          p: bsns.literal,
        },
      );
      for (const path of [
        `graphml?region=${region}`,
        'csv?entity=case-counts',
        `gexf?region=${region}`,
      ]) {
        const download = await fetch(`${url}export/${path}`, {
          headers: { cookie: officer.cookie },
        });
        expect(download.status).toBe(200);
        responses.push(await download.text());
      }
    } finally {
      run.child.kill('SIGINT');
    }
    await run.exited;

    const output = run.output();
    // The log is talkative: every operation left a line, so a leak would have had its chance.
    expect(output.match(/"msg":"graphql"/g)?.length ?? 0).toBeGreaterThanOrEqual(12);
    const keys = oneKeyForAllRegions(developmentPseudonymKey);
    const secrets = [
      ...Object.values(bsns),
      subjectKey(bsns.linked, region, keys),
      subjectKey(bsns.handedOver, region, keys),
    ];
    const everything = { output, responses: responses.join('\n'), neo4j: neo4jLogs() };
    for (const [where, text] of Object.entries(everything))
      for (const secret of secrets) expect(text.includes(secret), `${where}`).toBe(false);
  });
});
