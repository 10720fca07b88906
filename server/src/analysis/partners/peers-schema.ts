import { z } from 'zod';
import { Case } from '../../cases/refs.js';
import { Organisation, Professional } from '../../network/refs.js';
import { CaseCount, caseCount, countIsShown } from '../../privacy/schema.js';
import { builder } from '../../schema/builder.js';
import * as rules from '../../schema/validation.js';
import { CaseKindEnum, NeedEnum, RoleEnum } from '../../vocabulary/schema.js';
import { asOfOrToday } from './dates.js';
import { findPeers, type PeerRow } from './peers.js';
import { required, resolveRequest } from './request.js';

// Peers (issue 6): colleagues in the same role elsewhere who handled cases like this one.

const casesOf = (peer: PeerRow) => caseCount(peer.cases, peer.visibleCases === peer.cases);

const PeerNeed = builder.objectRef<PeerRow['needCounts'][number]>('PeerNeedCount').implement({
  description: 'How many of a peer’s similar cases had one of the asked needs.',
  fields: (t) => ({
    need: t.expose('need', { type: NeedEnum, description: 'The asked need.' }),
    cases: t.field({
      type: CaseCount,
      description: 'Their similar cases with this need.',
      resolve: (row) => caseCount(row.cases, row.visibleCases === row.cases),
    }),
  }),
});

const Peer = builder.objectRef<PeerRow>('Peer').implement({
  description:
    'A professional in the same role at another organisation, in other municipalities, who handled similar cases.',
  fields: (t) => ({
    professional: t.field({
      type: Professional,
      description: 'The peer.',
      resolve: (peer) => peer.professionalId,
    }),
    organisation: t.field({
      type: Organisation,
      description: 'Where they work now.',
      resolve: (peer) => peer.organisationId,
    }),
    similarCases: t.field({
      type: CaseCount,
      description: 'Cases of the same kind sharing a need that they coordinated or handed on.',
      resolve: casesOf,
    }),
    similarity: t.float({
      nullable: true,
      description:
        'The ranking score: the sum over those cases of shared needs / all needs (Jaccard, 0–1); null when the case count is hidden.',
      resolve: (peer) => (countIsShown(casesOf(peer)) ? Math.round(peer.score * 100) / 100 : null),
    }),
    sharedNeeds: t.field({
      type: [PeerNeed],
      description: 'Per asked need, how many of their similar cases had it (none left out).',
      resolve: (peer) => peer.needCounts,
    }),
    readableCases: t.field({
      type: [Case],
      description:
        'Up to 10 of those cases that the viewer’s organisation is involved in; others are only counted.',
      resolve: (peer) => peer.readableCaseIds,
    }),
  }),
});

builder.queryField('peers', (t) =>
  t.field({
    type: [Peer],
    description:
      'Professionals in the same role at other organisations, in other municipalities, who handled similar cases (same kind, overlapping needs), most similar first; those whose count is hidden come last.',
    args: {
      role: t.arg({ type: RoleEnum, description: 'Default: the asker’s role.' }),
      caseKind: t.arg({ type: CaseKindEnum, description: 'Default: the case’s kind.' }),
      needs: t.arg({
        type: [NeedEnum],
        validate: z.array(z.string()).max(16, 'at most 16 needs'),
        description: 'Default: the case’s needs.',
      }),
      municipalityCode: t.arg.string({
        validate: rules.municipalityCode.nullish(),
        description:
          'Peers work outside it; default: the case’s municipality, else those the asker’s organisation serves.',
      }),
      caseId: t.arg.globalID({
        for: Case,
        description: 'A case the viewer may read; fills in kind, needs and municipality.',
      }),
      askerId: t.arg.globalID({
        for: Professional,
        description: 'Whose peers; default: the viewer’s own professional.',
      }),
      limit: t.arg.int({
        defaultValue: 10,
        validate: z.number().int().min(1, 'at least 1').max(50, 'at most 50'),
        description: 'How many peers, 1–50.',
      }),
      asOf: t.arg({
        type: 'Date',
        description: 'Count cases opened and handovers requested up to this day; default today.',
      }),
    },
    authScopes: (_root, { caseId }) => (caseId ? { caseReader: caseId.id } : { signedIn: true }),
    resolve: async (_root, args, context) => {
      const facts = await resolveRequest(context, {
        needs: args.needs,
        municipalityCode: args.municipalityCode,
        caseId: args.caseId?.id,
        askerId: args.askerId?.id,
      });
      const municipalityCodes = facts.municipalityCode
        ? [facts.municipalityCode]
        : (facts.asker?.municipalityCodes ?? []);
      return findPeers(context.db, {
        role: required(args.role ?? facts.asker?.role, 'role', 'a role or an asker'),
        kind: required(args.caseKind ?? facts.caseKind, 'caseKind', 'a case kind'),
        needs: required(facts.needs, 'needs', 'at least one need'),
        askerId: facts.asker?.id ?? null,
        excludeOrganisationId: facts.asker?.organisationId ?? null,
        excludeMunicipalityCodes: municipalityCodes,
        viewerOrganisationId: context.viewer?.organisationId ?? null,
        asOf: asOfOrToday(args.asOf),
        limit: args.limit ?? 10,
      });
    },
  }),
);
