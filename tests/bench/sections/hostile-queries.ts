import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import type { Random } from '../../../seeds/random.js';

// Random GraphQL documents built from the printed schema: any Query or Mutation field, with
// argument values that are sometimes right and often wrong (wrong types, unknown enum values,
// nulls where none may be, absurd numbers, hostile strings), and a random selection set.

let cached: GraphQLSchema | undefined;
export function printedSchema(): GraphQLSchema {
  cached ??= buildSchema(
    readFileSync(new URL('../../../server/schema.graphql', import.meta.url), 'utf8'),
  );
  return cached;
}

const hostileStrings = [
  '',
  "'; MATCH (n) DETACH DELETE n; //",
  '" OR 1=1 --',
  '\u0000\u0001\uFFFF',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '{{7*7}} #{7*7} %s%n',
  '🙂'.repeat(50),
  'x'.repeat(10_000),
  'TW9yZ2FuaXNhdGlvbjpkZW1vLW9yZy0wMDAwMQ==',
  'Q2FzZTpub3BlOm5vcGU=',
];

/** A GraphQL literal for an input type: right about half the time, wrong otherwise. */
export function randomValue(random: Random, type: GraphQLInputType, depth = 0): string {
  if (random.chance(0.15))
    return random.pick(['null', '42', '"text"', '[1, 2]', '{ a: 1 }', 'true', '-1e308']);
  if (isNonNullType(type)) return randomValue(random, type.ofType, depth);
  if (isListType(type)) {
    const items = Array.from({ length: random.int(0, 3) }, () =>
      randomValue(random, type.ofType, depth + 1),
    );
    return `[${items.join(', ')}]`;
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return random.chance(0.8) && values.length > 0 ? random.pick(values) : 'NOT_A_VALUE';
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => random.chance(0.8));
    return `{ ${fields.map((f) => `${f.name}: ${randomValue(random, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(random.pick([0, 1, -1, 5, 2_147_483_647, 99_999, -2_147_483_648]));
      case 'Float':
        return String(random.pick([0, 1.5, -3.25, 1e300]));
      case 'Boolean':
        return random.pick(['true', 'false']);
      case 'Date':
        return JSON.stringify(random.pick(['2026-11-16', '2026-02-30', '0000-00-00', 'yesterday']));
      default:
        return JSON.stringify(random.pick(hostileStrings));
    }
  }
  return 'null';
}

/** A selection set for an output type, `depth` levels deep at most. */
function selection(random: Random, type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields());
  const picked = random.sample(fields, Math.min(fields.length, random.int(1, 4)));
  const parts = picked.map((field) => {
    const named = getNamedType(field.type);
    const args = argumentsOf(random, field, 0.3);
    if (isObjectType(named))
      return depth > 0
        ? `${field.name}${args} { ${selection(random, named, depth - 1)} }`
        : '__typename';
    if (isInterfaceType(named) || isUnionType(named)) return `${field.name}${args} { __typename }`;
    return `${field.name}${args}`;
  });
  return ['__typename', ...parts].join(' ');
}

function argumentsOf(random: Random, field: GraphQLField<unknown, unknown>, chanceEach: number) {
  const args = field.args.filter((a) => isNonNullType(a.type) || random.chance(chanceEach));
  return args.length === 0
    ? ''
    : `(${args.map((a) => `${a.name}: ${randomValue(random, a.type)}`).join(', ')})`;
}

/** One random operation on a random root field of Query or Mutation. */
export function randomOperation(random: Random): string {
  const schema = printedSchema();
  const root = random.chance(0.7) ? schema.getQueryType() : schema.getMutationType();
  if (!root) return '{ __typename }';
  const field = random.pick(Object.values(root.getFields()));
  const named = getNamedType(field.type);
  const sub = isObjectType(named)
    ? ` { ${selection(random, named, random.int(0, 3))} }`
    : isInterfaceType(named) || isUnionType(named)
      ? ' { __typename }'
      : '';
  const keyword = root === schema.getMutationType() ? 'mutation' : 'query';
  return `${keyword} { ${field.name}${argumentsOf(random, field, 0.5)}${sub} }`;
}
