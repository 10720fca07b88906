import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNonNull,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../server/src/schema/index.js';
import { graphql, testApp } from '../support/app.js';
import { connectTestDatabase } from '../support/database.js';
import { fingerprint } from '../support/fingerprint.js';
import { toGlobalId } from '../support/ids.js';

// Issue 5: Cypher-injection strings in every text argument of every query. Each query is sent
// with each hostile string in each of its String arguments (the other arguments filled with
// plausible values); the answer is data or a clean error — never an internal one — and the
// database is exactly as it was. Mutations' text inputs are covered where they are stored
// (hardening.test.ts: stored verbatim; authorization-matrix: every mutation runs with real input).

const db = connectTestDatabase();
const app = testApp(db);
const hostile = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "MC19'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  '\\"}) RETURN 1 UNION MATCH (n) RETURN n //',
  '$regionCode',
  'x\u0000y',
];
const cleanCodes = new Set([
  'BAD_USER_INPUT',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
]);

/** A plausible value for an argument that is not the one under attack; undefined: leave it out. */
function plausible(type: GraphQLInputType): unknown {
  const required = isNonNullType(type);
  const inner = required ? (type as GraphQLNonNull<GraphQLInputType>).ofType : type;
  if (isListType(inner)) {
    const item = plausible(inner.ofType as GraphQLInputType);
    return item === undefined ? (required ? [] : undefined) : [item];
  }
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) return required ? {} : undefined;
  if (!isScalarType(named)) return undefined;
  switch (named.name) {
    case 'ID':
      return toGlobalId('Organisation', 'demo-org-00001');
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-11-16';
    case 'DateTime':
      return '2026-11-16T12:00:00Z';
    case 'String':
      return 'MC19';
    default:
      return required ? 'x' : undefined;
  }
}

const isText = (arg: GraphQLArgument) => getNamedType(arg.type).name === 'String';
const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {}) as GraphQLField<
  unknown,
  unknown
>[];
const targets = queryFields.flatMap((field) =>
  field.args.filter(isText).map((arg) => ({ field, arg })),
);

function request(field: GraphQLField<unknown, unknown>, attacked: string, value: string) {
  const variables: Record<string, unknown> = {};
  const params: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    const given = arg.name === attacked ? value : plausible(arg.type);
    if (given === undefined) continue;
    variables[arg.name] =
      isListType(
        isNonNullType(arg.type) ? (arg.type as GraphQLNonNull<GraphQLInputType>).ofType : arg.type,
      ) && arg.name === attacked
        ? [value]
        : given;
    params.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const head = params.length ? `(${params.join(', ')})` : '';
  const call = args.length ? `(${args.join(', ')})` : '';
  return { text: `query${head} { ${field.name}${call} { __typename } }`, variables };
}

describe('Cypher-injection strings in query arguments', () => {
  it('are found in the schema: every text argument of every query is attacked', () => {
    expect(targets.length).toBeGreaterThan(15);
  });

  it('find nothing they should not, break nothing, and change nothing', async () => {
    expect((await graphql(app, '{ viewer { role } }')).data).toEqual({ viewer: { role: 'ADMIN' } });
    const before = await fingerprint(db); // after the test administrator signed in
    const internal: string[] = [];
    let answered = 0;
    for (const { field, arg } of targets) {
      for (const value of hostile) {
        const { text, variables } = request(field, arg.name, value);
        const response = await graphql(app, text, variables);
        const codes = (response.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
        const bad = codes.filter((code) => !cleanCodes.has(code));
        if (bad.length) internal.push(`${field.name}(${arg.name}): ${bad.join(', ')}`);
        else answered += 1;
        expect(JSON.stringify(response)).not.toMatch(/Neo4jError|Neo\.ClientError|at .*\.ts:\d+/);
      }
    }
    expect(internal).toEqual([]);
    expect(answered).toBe(targets.length * hostile.length);
    expect(await fingerprint(db)).toBe(before);
  });
});
