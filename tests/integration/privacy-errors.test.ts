import { describe, expect, it } from 'vitest';
import { graphql, testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';
import { toGlobalId } from '../support/ids.js';

// A BSN a client sends by mistake in the wrong shape must never come back in an error.
const db = connectTestDatabase();
const app = testApp(db);
const bsn = '123456782';
const organisationId = toGlobalId('Organisation', 'no-such-organisation');
const mutation = /* GraphQL */ `
  mutation Register($input: RegisterCaseInput!) {
    registerCase(input: $input) { __typename }
  }`;
const validInput = {
  kind: 'RELATIEF_VERZUIM',
  age: 14,
  municipalityCode: 'GM0344',
  needs: [],
  riskIndicators: [],
  organisationId,
};

async function expectNoEcho(query: string, variables: Record<string, unknown>) {
  const response = await graphql(app, query, variables);
  expect(response.errors?.length).toBeGreaterThan(0);
  expect(JSON.stringify(response)).not.toContain(bsn);
  return response.errors?.[0]?.message ?? '';
}

describe('errors never repeat a BSN', () => {
  it('when it is sent as a number', async () => {
    const message = await expectNoEcho(mutation, { input: { ...validInput, bsn: Number(bsn) } });
    expect(message).toContain('input.bsn');
  });

  it('when the input has a field missing', async () => {
    const { age: _age, ...withoutAge } = validInput;
    const message = await expectNoEcho(mutation, { input: { ...withoutAge, bsn } });
    expect(message).toContain('Field "age" of required type "Int!" was not provided.');
  });

  it('when it sits in an unknown field', async () => {
    const message = await expectNoEcho(mutation, {
      input: { ...validInput, bsn, burgerservicenummer: bsn },
    });
    expect(message).toContain('Field "burgerservicenummer" is not defined');
  });

  it('when it is written into the query document itself', async () => {
    await expectNoEcho(
      `mutation { registerCase(input: { bsn: ${bsn}, kind: RELATIEF_VERZUIM, age: 14, municipalityCode: "GM0344", needs: [], riskIndicators: [], organisationId: "${organisationId}" }) { __typename } }`,
      {},
    );
  });

  it('when it is passed where a global id belongs', async () => {
    await expectNoEcho('query($id: ID!) { organisation(id: $id) { name } }', { id: bsn });
  });
});
