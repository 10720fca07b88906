import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationTypeNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * How often `field` is selected at the root of the document's operations of `type`, counting
 * aliases and the root fields of inline fragments and fragment spreads: a document that asks
 * for `a: signIn(…) b: signIn(…)` tries two passwords, and counts as two attempts.
 */
export function countRootFields(
  document: DocumentNode,
  type: OperationTypeNode,
  field: string,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const count = (selectionSet: SelectionSetNode, visited: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === field) total += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet, visited);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment cycle is invalid GraphQL; not following it keeps this from looping.
        if (fragment && !visited.has(name)) {
          total += count(fragment.selectionSet, new Set([...visited, name]));
        }
      }
    }
    return total;
  };
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === type) {
      total += count(definition.selectionSet, new Set());
    }
  }
  return total;
}
