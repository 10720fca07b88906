import { mutate, type Operation, registered, signedIn, verdict } from './matrix-operations.js';
import { change } from './matrix-requests.js';
import type { MatrixWorld } from './matrix-world.js';

// The matrix's columns for the expected-collaboration template, signals and the analyses.

const ask = async (w: MatrixWorld, field: string, text: string, variables = {}) =>
  verdict(await w.send(text, variables), field);
const ruleCode = (w: MatrixWorld) =>
  `TEST-MATRIX-${w.prefix.replace(/[^A-Za-z0-9]/g, '').toUpperCase()}`;

async function ruleMadeByAdmin(w: MatrixWorld) {
  const code = ruleCode(w);
  const admin = await w.asAdmin();
  const response = await admin(
    mutate('addCollaborationRule', 'input: $input', '$input: AddCollaborationRuleInput!'),
    {
      input: {
        code,
        description: 'Matrix test rule',
        fromKinds: ['LEERPLICHT'],
        toKinds: ['WIJKTEAM'],
        severity: 'LOW',
      },
    },
  );
  if (!JSON.stringify(response).includes('Success')) throw new Error(JSON.stringify(response));
  return code;
}

async function signalRaisedByA(w: MatrixWorld) {
  const a = await w.asA();
  const response = await a<{ raiseSignal: { data?: { id: string } } }>(
    `mutation($input: RaiseSignalInput!) { raiseSignal(input: $input) {
       ... on MutationRaiseSignalSuccess { data { id } } } }`,
    { input: { title: `Signaal ${w.prefix}`, regionCode: w.regions.here } },
  );
  const id = response.data?.raiseSignal.data?.id;
  if (!id) throw new Error(`setup: no signal ${JSON.stringify(response)}`);
  return id;
}

const coordinatorsHere = ['admin', 'coordinatorHere'] as const;

export const analysisOperations: Operation[] = [
  // --- the expected-collaboration template: everyone reads it, administrators change it
  {
    name: 'query collaborationTemplate',
    area: 'templates',
    allowed: signedIn,
    run: (w) => ask(w, 'collaborationTemplate', '{ collaborationTemplate { code } }'),
  },
  {
    name: 'addCollaborationRule',
    area: 'templates',
    allowed: ['admin'],
    run: (w) =>
      change(w, 'addCollaborationRule', 'input: $input', '$input: AddCollaborationRuleInput!', {
        input: {
          code: ruleCode(w),
          description: 'Matrix test rule',
          fromKinds: ['LEERPLICHT'],
          toKinds: ['WIJKTEAM'],
          severity: 'LOW',
        },
      }),
  },
  {
    name: 'updateCollaborationRule',
    area: 'templates',
    allowed: ['admin'],
    run: async (w) =>
      change(
        w,
        'updateCollaborationRule',
        'code: $code, input: $input',
        '$code: String!, $input: UpdateCollaborationRuleInput!',
        {
          code: await ruleMadeByAdmin(w),
          input: { severity: 'MEDIUM' },
        },
      ),
  },
  {
    name: 'disableCollaborationRule',
    area: 'templates',
    allowed: ['admin'],
    run: async (w) =>
      change(w, 'disableCollaborationRule', 'code: $code', '$code: String!', {
        code: await ruleMadeByAdmin(w),
      }),
  },
  // --- analyses over the network and cases: every signed-in user, counts under the small-count rule
  ...(
    [
      ['gapReport', 'query($r: String!) { gapReport(regionCode: $r) { asOf } }'],
      [
        'networkStructure',
        'query($r: String!) { networkStructure(regionCode: $r) { __typename } }',
      ],
      ['provisionGaps', 'query($r: String!) { provisionGaps(regionCode: $r) { __typename } }'],
      [
        'hiddenCollaboration',
        'query($r: String!) { hiddenCollaboration(regionCode: $r) { __typename } }',
      ],
      ['handoverFlows', 'query($r: String!) { handoverFlows(regionCode: $r) { asOf } }'],
      ['stalledHandovers', 'query($r: String!) { stalledHandovers(regionCode: $r) { asOf } }'],
      ['networkMetrics', 'query($r: String!) { networkMetrics(regionCode: $r) { __typename } }'],
      ['transferDropout', 'query($r: String!) { transferDropout(regionCode: $r) { asOf } }'],
    ] as const
  ).map(
    ([field, text]): Operation => ({
      name: `query ${field}`,
      area: field === 'networkMetrics' || field === 'networkStructure' ? 'network' : 'cases',
      allowed: signedIn,
      run: (w) => ask(w, field, text, { r: w.regions.here }),
    }),
  ),
  {
    name: 'query partnerFinder for a case',
    area: 'cases',
    allowed: ['professionalA'],
    run: async (w) =>
      ask(w, 'partnerFinder', 'query($c: ID!) { partnerFinder(caseId: $c) { asOf } }', {
        c: await registered(w),
      }),
  },
  {
    name: 'query nationalSignalTrends',
    area: 'cases',
    allowed: ['admin'],
    run: (w) => ask(w, 'nationalSignalTrends', '{ nationalSignalTrends { closed } }'),
  },
  // --- signals: raised and discussed by anyone signed in; agenda and closing by those responsible
  {
    name: 'raiseSignal',
    area: 'cases',
    allowed: signedIn,
    run: (w) =>
      change(w, 'raiseSignal', 'input: $input', '$input: RaiseSignalInput!', {
        input: { title: `Signaal ${w.prefix}`, regionCode: w.regions.here },
      }),
  },
  {
    name: 'commentOnSignal (raised by A)',
    area: 'cases',
    allowed: signedIn,
    run: async (w) =>
      change(w, 'commentOnSignal', 'id: $id, text: $text', '$id: ID!, $text: String!', {
        id: await signalRaisedByA(w),
        text: 'Herkenbaar.',
      }),
  },
  {
    name: 'endorseSignal (raised by A)',
    area: 'cases',
    allowed: [
      'coordinatorHere',
      'coordinatorElsewhere',
      'professionalA',
      'professionalB',
      'professionalC',
    ],
    run: async (w) =>
      change(w, 'endorseSignal', 'id: $id', '$id: ID!', { id: await signalRaisedByA(w) }),
  },
  {
    name: 'putSignalOnAgenda (of the region)',
    area: 'cases',
    allowed: coordinatorsHere,
    run: async (w) =>
      change(w, 'putSignalOnAgenda', 'id: $id, regionCode: $r', '$id: ID!, $r: String', {
        id: await signalRaisedByA(w),
        r: w.regions.here,
      }),
  },
  {
    name: 'closeSignal (raised by A)',
    area: 'cases',
    allowed: [...coordinatorsHere, 'professionalA'],
    run: async (w) =>
      change(w, 'closeSignal', 'id: $id, note: $note', '$id: ID!, $note: String!', {
        id: await signalRaisedByA(w),
        note: 'Besproken en opgepakt.',
      }),
  },
  {
    name: 'materialiseSignals (of the region)',
    area: 'cases',
    allowed: coordinatorsHere,
    run: (w) =>
      change(w, 'materialiseSignals', 'regionCode: $r', '$r: String!', { r: w.regions.here }),
  },
];
