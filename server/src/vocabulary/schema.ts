import { builder } from '../schema/builder.js';
import {
  caseKinds,
  caseStatuses,
  handoverStatuses,
  legalBases,
  riskIndicators,
  tableKinds,
} from './cases.js';
import { type Need, needs } from './needs.js';
import { type Role, roles } from './roles.js';

// The controlled vocabularies as GraphQL enums. Needs and roles carry their Dutch label as the
// value's description, and `vocabulary` lists them for forms.

export const NeedEnum = builder.enumType('Need', {
  description: 'A need of a case, or what an organisation offers (controlled vocabulary).',
  values: Object.fromEntries(
    Object.entries(needs).map(([code, label]) => [code, { description: label }]),
  ) as Record<Need, { description: string }>,
});

export const RoleEnum = builder.enumType('Role', {
  description: "A professional's role in the field.",
  values: Object.fromEntries(
    Object.entries(roles).map(([code, label]) => [code, { description: label }]),
  ) as Record<Role, { description: string }>,
});

export const CaseKindEnum = builder.enumType('CaseKind', { values: caseKinds });
export const CaseStatusEnum = builder.enumType('CaseStatus', { values: caseStatuses });
export const RiskIndicatorEnum = builder.enumType('RiskIndicator', { values: riskIndicators });
export const LegalBasisEnum = builder.enumType('LegalBasis', { values: legalBases });
export const HandoverStatusEnum = builder.enumType('HandoverStatus', { values: handoverStatuses });
export const TableKindEnum = builder.enumType('ConsultationTableKind', {
  description: 'ZAT, MDO, thuiszitterstafel, overstaptafel or another table.',
  values: tableKinds,
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  values: ['ASC', 'DESC'] as const,
});

interface Term {
  code: string;
  label: string;
}

const TermRef = builder.objectRef<Term>('VocabularyTerm').implement({
  fields: (t) => ({ code: t.exposeString('code'), label: t.exposeString('label') }),
});

const toTerms = (map: Record<string, string>): Term[] =>
  Object.entries(map).map(([code, label]) => ({ code, label }));

const VocabularyRef = builder.objectRef<{ needs: Term[]; roles: Term[] }>('Vocabulary').implement({
  fields: (t) => ({
    needs: t.expose('needs', { type: [TermRef] }),
    roles: t.expose('roles', { type: [TermRef] }),
  }),
});

builder.queryField('vocabulary', (t) =>
  t.field({
    description: 'The controlled vocabularies, with Dutch labels, for forms and filters.',
    type: VocabularyRef,
    resolve: () => ({ needs: toTerms(needs), roles: toTerms(roles) }),
  }),
);
