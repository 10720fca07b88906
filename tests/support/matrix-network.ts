import {
  editorsOfA,
  type Operation,
  regionEditorsHere,
  signedIn,
  tableWithA,
  tieAB,
} from './matrix-operations.js';
import { change, query, run } from './matrix-requests.js';
import { here } from './matrix-world.js';

/** The matrix's network columns: everyone signed in reads; changes stay within one's reach. */
export const networkOperations: Operation[] = [
  // --- the network: any signed-in user reads it; changes stay within one's own reach
  {
    name: 'query regions',
    area: 'network',
    allowed: signedIn,
    run: (w) => run(w, query('regions', '{ regions { code } }')),
  },
  {
    name: 'query organisation(id)',
    area: 'network',
    allowed: signedIn,
    run: (w) =>
      run(w, query('organisation', 'query($id: ID!) { organisation(id: $id) { id name } }'), {
        id: w.orgA.globalId,
      }),
  },
  {
    name: 'query organisations',
    area: 'network',
    allowed: signedIn,
    run: (w) => run(w, query('organisations', '{ organisations(first: 1) { totalCount } }')),
  },
  {
    name: 'query professionals',
    area: 'network',
    allowed: signedIn,
    run: (w) => run(w, query('professionals', '{ professionals(first: 1) { totalCount } }')),
  },
  {
    name: 'query ties',
    area: 'network',
    allowed: signedIn,
    run: (w) => run(w, query('ties', '{ ties(first: 1) { totalCount } }')),
  },
  {
    name: 'query consultationTables',
    area: 'network',
    allowed: signedIn,
    run: (w) =>
      run(w, query('consultationTables', '{ consultationTables(first: 1) { totalCount } }')),
  },
  {
    name: 'query neighbourhood',
    area: 'network',
    allowed: signedIn,
    run: (w) =>
      run(
        w,
        query('neighbourhood', 'query($id: ID!) { neighbourhood(id: $id) { nodes { id } } }'),
        { id: w.orgA.globalId },
      ),
  },
  {
    name: 'createOrganisation (in the region of A)',
    area: 'network',
    allowed: regionEditorsHere,
    run: (w) =>
      change(w, 'createOrganisation', 'input: $input', '$input: CreateOrganisationInput!', {
        input: { name: `Nieuw ${w.prefix}`, kind: 'WIJKTEAM', municipalityCodes: [here] },
      }),
  },
  {
    name: 'updateOrganisation (A)',
    area: 'network',
    allowed: editorsOfA,
    run: (w) =>
      change(
        w,
        'updateOrganisation',
        'id: $id, input: $input',
        '$id: ID!, $input: UpdateOrganisationInput!',
        {
          id: w.orgA.globalId,
          input: { name: `Hernoemd ${w.prefix}` },
        },
      ),
  },
  {
    name: 'archiveOrganisation (A)',
    area: 'network',
    allowed: editorsOfA,
    run: (w) => change(w, 'archiveOrganisation', 'id: $id', '$id: ID!', { id: w.orgA.globalId }),
  },
  {
    name: 'createProfessional (at A)',
    area: 'network',
    allowed: editorsOfA,
    run: (w) =>
      change(w, 'createProfessional', 'input: $input', '$input: CreateProfessionalInput!', {
        input: {
          name: 'Nieuwe collega',
          role: 'LEERPLICHTAMBTENAAR',
          organisationId: w.orgA.globalId,
        },
      }),
  },
  {
    name: 'updateProfessional (a colleague at A)',
    area: 'network',
    allowed: editorsOfA,
    run: (w) =>
      change(
        w,
        'updateProfessional',
        'id: $id, input: $input',
        '$id: ID!, $input: UpdateProfessionalInput!',
        {
          id: w.pA2.globalId,
          input: { phone: '030-1234567' },
        },
      ),
  },
  {
    name: 'archiveProfessional (a colleague at A)',
    area: 'network',
    allowed: editorsOfA,
    run: (w) => change(w, 'archiveProfessional', 'id: $id', '$id: ID!', { id: w.pA2.globalId }),
  },
  {
    name: 'moveProfessional (a colleague at A, to B)',
    area: 'network',
    allowed: editorsOfA,
    run: (w) =>
      change(
        w,
        'moveProfessional',
        'id: $id, input: $input',
        '$id: ID!, $input: MoveProfessionalInput!',
        {
          id: w.pA2.globalId,
          input: { organisationId: w.orgB.globalId },
        },
      ),
  },
  {
    name: 'createTie (A to C, across regions)',
    area: 'network',
    allowed: [...editorsOfA, 'coordinatorElsewhere', 'professionalC'],
    run: (w) =>
      change(w, 'createTie', 'input: $input', '$input: CreateTieInput!', {
        input: { fromId: w.orgA.globalId, toId: w.orgC.globalId, kind: 'INFORMAL' },
      }),
  },
  ...(['updateTie', 'archiveTie', 'confirmTie'] as const).map(
    (field): Operation => ({
      name: `${field} (A–B)`,
      area: 'network',
      allowed: [...editorsOfA, 'professionalB'],
      run: async (w) => {
        const id = await tieAB(w);
        if (field === 'updateTie')
          return change(w, field, 'id: $id, input: $input', '$id: ID!, $input: UpdateTieInput!', {
            id,
            input: { strength: 3 },
          });
        return change(w, field, 'id: $id', '$id: ID!', { id });
      },
    }),
  ),
  {
    name: 'createConsultationTable (in the region of A)',
    area: 'network',
    allowed: regionEditorsHere,
    run: (w) =>
      change(
        w,
        'createConsultationTable',
        'input: $input',
        '$input: CreateConsultationTableInput!',
        {
          input: { name: `Tafel ${w.prefix}`, kind: 'MDO', municipalityCodes: [here] },
        },
      ),
  },
  {
    name: 'updateConsultationTable (A is a member)',
    area: 'network',
    allowed: editorsOfA,
    run: async (w) =>
      change(
        w,
        'updateConsultationTable',
        'id: $id, input: $input',
        '$id: ID!, $input: UpdateConsultationTableInput!',
        {
          id: await tableWithA(w),
          input: { name: `Andere naam ${w.prefix}` },
        },
      ),
  },
  {
    name: 'archiveConsultationTable (A is a member)',
    area: 'network',
    allowed: editorsOfA,
    run: async (w) =>
      change(w, 'archiveConsultationTable', 'id: $id', '$id: ID!', { id: await tableWithA(w) }),
  },
  {
    name: 'addTableMember (B to a table of A)',
    area: 'network',
    allowed: editorsOfA,
    run: async (w) =>
      change(w, 'addTableMember', 'input: $input', '$input: AddTableMemberInput!', {
        input: { tableId: await tableWithA(w), memberId: w.orgB.globalId },
      }),
  },
  {
    name: 'removeTableMember (A from its table)',
    area: 'network',
    allowed: editorsOfA,
    run: async (w) =>
      change(w, 'removeTableMember', 'input: $input', '$input: RemoveTableMemberInput!', {
        input: { tableId: await tableWithA(w), memberId: w.orgA.globalId },
      }),
  },
];
