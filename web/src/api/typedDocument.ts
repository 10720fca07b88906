declare const operationTypes: unique symbol;

/**
 * A GraphQL operation as a plain string that also carries, at compile time only, the shape of
 * its result and its variables. `graphqlRequest` infers both from it, so no call site can pass
 * the wrong variables or read fields the operation does not select.
 */
export type TypedDocument<TData, TVariables> = string & {
  readonly [operationTypes]?: { readonly data: TData; readonly variables: TVariables };
};

/** Operations without variables take an empty object. */
export type NoVariables = Record<string, never>;

export function typedDocument<TData, TVariables = NoVariables>(
  source: string,
): TypedDocument<TData, TVariables> {
  return source as TypedDocument<TData, TVariables>;
}
