import { ApiError, toApiErrorCode } from './ApiError';
import type { TypedDocument } from './typedDocument';

// Relative: the API server serves this app on the same origin (Vite proxies it in development).
const GRAPHQL_ENDPOINT = '/graphql';

interface GraphQLErrorBody {
  readonly message?: string;
  readonly extensions?: { readonly code?: unknown };
}

interface GraphQLResponseBody<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphQLErrorBody[];
}

/** Runs one operation; resolves with its data or throws an ApiError with a typed `code`. */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const response = await send(document, variables, signal);
  const body = await readBody<TData>(response);
  const firstError = body?.errors?.[0];
  if (firstError) {
    const code = toApiErrorCode(firstError.extensions?.code);
    throw new ApiError(code, firstError.message ?? 'GraphQL error');
  }
  if (!response.ok) throw new ApiError('HTTP_ERROR', `HTTP ${response.status}`);
  if (body?.data == null) throw new ApiError('INVALID_RESPONSE', 'Response without data');
  return body.data;
}

async function send(query: string, variables: unknown, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      // The session cookie (HttpOnly, SameSite=Strict) goes along; same origin only.
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // The API refuses requests a page on another site could forge (CSRF prevention).
        'x-rizoom-csrf': '1',
      },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    // An abort is the caller's own doing, not a failure to report.
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK_ERROR', 'The API could not be reached', { cause: error });
  }
}

async function readBody<TData>(response: Response): Promise<GraphQLResponseBody<TData> | null> {
  try {
    return (await response.json()) as GraphQLResponseBody<TData>;
  } catch {
    return null; // e.g. an HTML error page from a proxy
  }
}
