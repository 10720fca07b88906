import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { scopeIssues } from './rules.js';
import type { CollaborationRuleShape, RuleContent } from './types.js';

type Stored = Omit<CollaborationRuleShape, 'origin' | 'editedAt'>;

const rulesQuery = cypher<{ includeDisabled: boolean }, { rule: CollaborationRuleShape }>(
  'analysis/template/rules',
);
const byCodeQuery = cypher<{ code: string }, { rule: CollaborationRuleShape }>(
  'analysis/template/rule-by-code',
);
const createQuery = cypher<{ rule: RuleContent; editedBy: string | null }, { code: string }>(
  'analysis/template/create-rule',
);
const updateQuery = cypher<
  { code: string; rule: Stored; editedBy: string | null },
  { code: string }
>('analysis/template/update-rule');

/** The template's rules: the enabled ones, which the analyses apply, or all of them. */
export async function templateRules(db: Database, includeDisabled = false) {
  return (await db.read(rulesQuery, { includeDisabled })).map((row) => row.rule);
}

async function ruleByCode(db: Database, code: string) {
  const [row] = await db.read(byCodeQuery, { code });
  if (!row) throw new NotFoundError('CollaborationRule', code);
  return row.rule;
}

function checkScope(rule: RuleContent) {
  const issues = scopeIssues(rule.scope, rule.fromKinds, rule.toKinds);
  if (issues.length > 0) throw new ValidationFailedError(issues);
}

export async function addRule(db: Database, rule: RuleContent, editedBy: string | null) {
  checkScope(rule);
  const [row] = await db.write(createQuery, { rule, editedBy });
  if (!row) throw new ConflictError('A rule with this code exists already.', 'code');
  return ruleByCode(db, rule.code);
}

/** Changes the fields given; the rest stays as it is. */
export async function updateRule(
  db: Database,
  code: string,
  changes: Partial<Omit<Stored, 'code'>>,
  editedBy: string | null,
) {
  const current = await ruleByCode(db, code);
  const defined = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  const { origin: _origin, editedAt: _editedAt, ...content } = current;
  const rule: Stored = { ...content, ...defined };
  checkScope(rule);
  const [row] = await db.write(updateQuery, { code, rule, editedBy });
  if (!row) throw new NotFoundError('CollaborationRule', code);
  return ruleByCode(db, code);
}
