import { ApiError, toApiErrorCode } from './ApiError';
import type { TypedDocument } from './typedDocument';

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/**
 * Sends one operation with one file as a GraphQL multipart request (operations, map, file).
 * XMLHttpRequest rather than fetch: only it reports upload progress. Resolves with the data or
 * rejects with an ApiError, like `graphqlRequest`.
 */
export function graphqlUpload<TData, TVariables extends { readonly file: null }>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<TData> {
  const body = new FormData();
  body.append('operations', JSON.stringify({ query: document, variables }));
  body.append('map', JSON.stringify({ '0': ['variables.file'] }));
  body.append('0', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/graphql');
    request.withCredentials = true;
    // Multipart is a "simple" content type: the API wants this header as proof of same origin.
    request.setRequestHeader('x-rizoom-csrf', '1');
    request.setRequestHeader('accept', 'application/graphql-response+json, application/json');
    request.upload.onprogress = (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    request.onerror = () => reject(new ApiError('NETWORK_ERROR', 'The API could not be reached'));
    request.onload = () => {
      let parsed: {
        data?: TData | null;
        errors?: { message?: string; extensions?: { code?: unknown } }[];
      };
      try {
        parsed = JSON.parse(request.responseText);
      } catch {
        reject(new ApiError('HTTP_ERROR', `HTTP ${request.status}`));
        return;
      }
      const first = parsed.errors?.[0];
      if (first) {
        reject(new ApiError(toApiErrorCode(first.extensions?.code), first.message ?? 'error'));
      } else if (parsed.data == null) {
        reject(new ApiError('INVALID_RESPONSE', 'Response without data'));
      } else resolve(parsed.data);
    };
    request.send(body);
  });
}
