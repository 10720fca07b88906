import {
  accepted,
  editorsOfA,
  elsewhere,
  mutate,
  type Operation,
  regionEditorsHere,
  registered,
  requested,
  sees,
  signedIn,
  tableWithA,
  tieAB,
  verdict,
} from './matrix-operations.js';
import { here, registrationBy } from './matrix-world.js';

const query = (field: string, text: string) => ({ field, text });
const run = async (
  w: Parameters<Operation['run']>[0],
  { field, text }: { field: string; text: string },
  variables: Record<string, unknown> = {},
) => verdict(await w.send(text, variables), field);
const change = async (
  w: Parameters<Operation['run']>[0],
  field: string,
  args: string,
  params: string,
  variables: Record<string, unknown>,
) => verdict(await w.send(mutate(field, args, params), variables), field, true);

const caseReaders = ['professionalA'] as const;

/** The matrix's columns: every operation on cases, the network, imports and templates. */
export const networkAndCaseOperations: Operation[] = [
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
  // --- cases: only professionals of involved organisations; handovers also their receiver
  {
    name: 'query case(id)',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      run(w, query('case', 'query($id: ID!) { case(id: $id) { id kind } }'), {
        id: await registered(w),
      }),
  },
  {
    name: 'query node(id) of a case',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      run(w, query('node', 'query($id: ID!) { node(id: $id) { id ... on Case { kind } } }'), {
        id: await registered(w),
      }),
  },
  {
    name: 'query caseJourney',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      run(
        w,
        query('caseJourney', 'query($id: ID!) { caseJourney(caseId: $id) { nodes { id } } }'),
        {
          id: await registered(w),
        },
      ),
  },
  {
    name: 'query cases (lists the case)',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      sees(w, '{ cases(first: 100) { edges { node { id } } } }', {}, 'cases', await registered(w)),
  },
  {
    name: 'query Organisation.cases (nested)',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) => {
      const id = await registered(w);
      return sees(
        w,
        'query($id: ID!) { organisation(id: $id) { cases(first: 50) { edges { node { id } } } } }',
        { id: w.orgA.globalId },
        'organisation',
        id,
      );
    },
  },
  {
    name: 'query handover(id)',
    area: 'cases',
    allowed: ['professionalA', 'professionalB'],
    run: async (w) =>
      run(w, query('handover', 'query($id: ID!) { handover(id: $id) { id status } }'), {
        id: (await requested(w)).handoverId,
      }),
  },
  {
    name: 'query handovers (lists the handover)',
    area: 'cases',
    allowed: ['professionalA', 'professionalB'],
    run: async (w) =>
      sees(
        w,
        '{ handovers(first: 100) { edges { node { id } } } }',
        {},
        'handovers',
        (await requested(w)).handoverId,
      ),
  },
  {
    name: 'registerCase (for A)',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) => {
      const response = await w.send<{ registerCase: { data?: { case: { id: string } } } }>(
        `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { ${'__typename'}
           ... on MutationRegisterCaseSuccess { data { case { id } } } } }`,
        { input: registrationBy(w.orgA) },
      );
      const id = response.data?.registerCase?.data?.case.id;
      if (id) w.remember(id);
      return verdict(response, 'registerCase', true);
    },
  },
  {
    name: 'updateCase',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      change(w, 'updateCase', 'id: $id, input: $input', '$id: ID!, $input: UpdateCaseInput!', {
        id: await registered(w),
        input: { age: 15 },
      }),
  },
  {
    name: 'closeCase',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) => change(w, 'closeCase', 'id: $id', '$id: ID!', { id: await registered(w) }),
  },
  {
    name: 'setCaseCoordinator (a colleague at A)',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      change(
        w,
        'setCaseCoordinator',
        'caseId: $caseId, professionalId: $p',
        '$caseId: ID!, $p: ID!',
        {
          caseId: await registered(w),
          p: w.pA2.globalId,
        },
      ),
  },
  {
    name: 'involveOrganisation (B)',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      change(
        w,
        'involveOrganisation',
        'caseId: $caseId, organisationId: $o',
        '$caseId: ID!, $o: ID!',
        {
          caseId: await registered(w),
          o: w.orgB.globalId,
        },
      ),
  },
  {
    name: 'requestHandover (A to C)',
    area: 'cases',
    allowed: caseReaders,
    run: async (w) =>
      change(w, 'requestHandover', 'input: $input', '$input: RequestHandoverInput!', {
        input: {
          caseId: await registered(w),
          fromOrganisationId: w.orgA.globalId,
          toOrganisationId: w.orgC.globalId,
          reason: 'OTHER',
          legalBasis: 'JEUGDWET',
          warm: true,
        },
      }),
  },
  {
    name: 'acceptHandover (to B)',
    area: 'cases',
    allowed: ['professionalB'],
    run: async (w) =>
      change(w, 'acceptHandover', 'id: $id', '$id: ID!', { id: (await requested(w)).handoverId }),
  },
  {
    name: 'declineHandover (to B)',
    area: 'cases',
    allowed: ['professionalB'],
    run: async (w) =>
      change(
        w,
        'declineHandover',
        'id: $id, reason: $reason',
        '$id: ID!, $reason: HandoverDeclineReason!',
        {
          id: (await requested(w)).handoverId,
          reason: 'NO_CAPACITY',
        },
      ),
  },
  {
    name: 'completeHandover (to B)',
    area: 'cases',
    allowed: ['professionalB'],
    run: async (w) =>
      change(w, 'completeHandover', 'id: $id', '$id: ID!', { id: (await accepted(w)).handoverId }),
  },
  // --- imports: administrators only (a dry run: checked and counted, nothing written)
  {
    name: 'importSpreadsheet (dry run)',
    area: 'imports',
    allowed: ['admin'],
    run: async (w) =>
      verdict(
        await w.upload(
          'ORGANISATIONS',
          [
            'id,label,kind,municipalities,brin,kvk,swv_code,offers,samenwerkingsverband,status',
            `${w.prefix}import,Import ${w.prefix},WIJKTEAM,${here},,,,,,`,
          ].join('\n'),
        ),
        'importSpreadsheet',
        true,
      ),
  },
  {
    name: 'query auditEvents',
    area: 'cases',
    allowed: ['admin'],
    run: (w) => run(w, query('auditEvents', '{ auditEvents(first: 1) { totalCount } }')),
  },
];

export { elsewhere };
