import type { FieldIssue } from '../errors.js';
import type { TieKind } from '../network/kinds.js';

interface End {
  typename: string;
  id: string;
}

const article = (typename: string) =>
  typename === 'Organisation' ? 'an organisation' : 'a professional';

/** A tie joins two organisations or two professionals, never a node to itself. */
export function tieEndIssues(from: End, to: End): FieldIssue[] {
  if (from.typename !== to.typename) {
    return [{ field: 'toId', message: `must be ${article(from.typename)}, as fromId is` }];
  }
  if (from.id === to.id) return [{ field: 'toId', message: 'must differ from fromId' }];
  return [];
}

/** The same for a pair in either order: at most one active tie of a kind may carry it. */
export function activeKey(fromId: string, toId: string, kind: TieKind): string {
  const [low, high] = fromId < toId ? [fromId, toId] : [toId, fromId];
  return `${low}~${high}~${kind}`;
}
