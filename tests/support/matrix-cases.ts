import {
  accepted,
  type Operation,
  registered,
  requested,
  sees,
  verdict,
} from './matrix-operations.js';
import { change, query, run } from './matrix-requests.js';
import { here, registrationBy } from './matrix-world.js';

const caseReaders = ['professionalA'] as const;

/** The matrix's case and import columns: cases only for those involved; imports for admins. */
export const caseOperations: Operation[] = [
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
        `mutation($input: RegisterCaseInput!) { registerCase(input: $input) { __typename
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
