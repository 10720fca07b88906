import { OrganisationKindEnum } from '../../network/organisation.js';
import { builder } from '../../schema/builder.js';
import { mutationErrors } from '../../schema/errors.js';
import { NeedEnum } from '../../vocabulary/schema.js';
import { kindList, ruleCode, ruleDescription } from './rules.js';
import { addRule, templateRules, updateRule } from './store.js';
import { type CollaborationRuleShape, gapSeverities, ruleOrigins, ruleScopes } from './types.js';

export const GapSeverityEnum = builder.enumType('GapSeverity', {
  description:
    'How urgent a gap is. HIGH: the legal chain of compulsory education and safety (leerplicht with schools, samenwerkingsverband, Halt, OM, Raad, Veilig Thuis, police, DUO). MEDIUM: transitions and routes to help (VO → MBO, RMC to school and work, care behind the samenwerkingsverband). LOW: health, prevention and umbrella ties, where other routes usually exist (school ↔ GGD).',
  values: gapSeverities,
});

const RuleScopeEnum = builder.enumType('CollaborationRuleScope', {
  description:
    'MUNICIPALITY: organisations serving a common municipality. MEMBERSHIP: a school and the samenwerkingsverband it is a member of.',
  values: ruleScopes,
});

const RuleOriginEnum = builder.enumType('CollaborationRuleOrigin', {
  description: 'DEFAULT: as shipped. EDITED: a default an administrator changed. ADDED: new.',
  values: ruleOrigins,
});

export const CollaborationRule = builder
  .objectRef<CollaborationRuleShape>('CollaborationRule')
  .implement({
    description:
      'One rule of the expected-collaboration template: every organisation of a `fromKinds` kind should be tied (a tie of any kind) to every organisation of a `toKinds` kind in its scope.',
    fields: (t) => ({
      code: t.exposeString('code', { description: 'Stable code, e.g. LEERPLICHT-HALT.' }),
      fromKinds: t.expose('fromKinds', {
        type: [OrganisationKindEnum],
        description: 'Kinds on one side.',
      }),
      toKinds: t.expose('toKinds', {
        type: [OrganisationKindEnum],
        description: 'Kinds on the other side.',
      }),
      scope: t.expose('scope', { type: RuleScopeEnum, description: 'Which pairs it expects.' }),
      toOffers: t.expose('toOffers', {
        type: NeedEnum,
        nullable: true,
        description: 'Only `to` organisations offering this need are expected (e.g. GGZ_JEUGD).',
      }),
      severity: t.expose('severity', {
        type: GapSeverityEnum,
        description: 'How urgent a missing tie of this rule is.',
      }),
      description: t.exposeString('description', { description: 'What the rule means.' }),
      enabled: t.exposeBoolean('enabled', {
        description: 'Disabled rules are kept but no analysis applies them.',
      }),
      origin: t.expose('origin', { type: RuleOriginEnum, description: 'Shipped or edited.' }),
      editedAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When an administrator last changed it; null for an untouched default.',
        resolve: (rule) => rule.editedAt,
      }),
    }),
  });

builder.queryField('collaborationTemplate', (t) =>
  t.field({
    type: [CollaborationRule],
    description:
      'The expected-collaboration template that the gap report checks the network against.',
    args: {
      includeDisabled: t.arg.boolean({
        defaultValue: false,
        required: true,
        description: 'Also the disabled rules.',
      }),
    },
    resolve: (_root, { includeDisabled }, { db }) => templateRules(db, includeDisabled),
  }),
);

const AddRuleInput = builder.inputType('AddCollaborationRuleInput', {
  description: 'A new rule of the expected-collaboration template.',
  fields: (t) => ({
    code: t.string({ required: true, validate: ruleCode, description: 'e.g. SCHOOL-JEUGDZORG.' }),
    fromKinds: t.field({
      type: [OrganisationKindEnum],
      required: true,
      validate: kindList,
      description: 'Kinds on one side.',
    }),
    toKinds: t.field({
      type: [OrganisationKindEnum],
      required: true,
      validate: kindList,
      description: 'Kinds on the other side.',
    }),
    scope: t.field({ type: RuleScopeEnum, required: true, defaultValue: 'MUNICIPALITY' }),
    toOffers: t.field({ type: NeedEnum, description: 'Only partners offering this need.' }),
    severity: t.field({ type: GapSeverityEnum, required: true }),
    description: t.string({ required: true, validate: ruleDescription }),
  }),
});

const UpdateRuleInput = builder.inputType('UpdateCollaborationRuleInput', {
  description: 'Only the fields given change; `toOffers: null` removes the need.',
  fields: (t) => ({
    fromKinds: t.field({
      type: [OrganisationKindEnum],
      validate: kindList,
      description: 'Kinds on one side.',
    }),
    toKinds: t.field({
      type: [OrganisationKindEnum],
      validate: kindList,
      description: 'Kinds on the other side.',
    }),
    scope: t.field({ type: RuleScopeEnum }),
    toOffers: t.field({ type: NeedEnum, description: 'Only partners offering this need.' }),
    severity: t.field({ type: GapSeverityEnum }),
    description: t.string({ validate: ruleDescription }),
    enabled: t.boolean({ description: 'False disables the rule; true enables it again.' }),
  }),
});

builder.mutationFields((t) => ({
  addCollaborationRule: t.field({
    type: CollaborationRule,
    errors: mutationErrors,
    authScopes: { admin: true },
    description: 'Adds a rule to the expected-collaboration template. Administrators only.',
    args: { input: t.arg({ type: AddRuleInput, required: true }) },
    resolve: (_root, { input }, { db, viewer }) =>
      addRule(db, { ...input, toOffers: input.toOffers ?? null }, viewer?.accountId ?? null),
  }),
  updateCollaborationRule: t.field({
    type: CollaborationRule,
    errors: mutationErrors,
    authScopes: { admin: true },
    description:
      'Changes a rule of the template (a changed default is never reset by loading the defaults). Administrators only.',
    args: {
      code: t.arg.string({ required: true, description: 'The rule to change.' }),
      input: t.arg({ type: UpdateRuleInput, required: true }),
    },
    resolve: (_root, { code, input }, { db, viewer }) =>
      updateRule(
        db,
        code,
        {
          fromKinds: input.fromKinds ?? undefined,
          toKinds: input.toKinds ?? undefined,
          scope: input.scope ?? undefined,
          toOffers: input.toOffers,
          severity: input.severity ?? undefined,
          description: input.description ?? undefined,
          enabled: input.enabled ?? undefined,
        },
        viewer?.accountId ?? null,
      ),
  }),
  disableCollaborationRule: t.field({
    type: CollaborationRule,
    errors: mutationErrors,
    authScopes: { admin: true },
    description:
      'Disables a rule: it stays in the template but no analysis applies it. Administrators only.',
    args: { code: t.arg.string({ required: true, description: 'The rule to disable.' }) },
    resolve: (_root, { code }, { db, viewer }) =>
      updateRule(db, code, { enabled: false }, viewer?.accountId ?? null),
  }),
}));
