import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadResult {
  requestsPerSecond: number;
  p99: number;
  total: number;
  /** Connection errors, timeouts, non-2xx answers and 2xx answers carrying GraphQL errors. */
  failures: number;
}

/**
 * autocannon against a GraphQL endpoint: `connections` at once for `seconds`, each request one
 * operation for the next organisation id in turn (so the load is not one cached answer).
 */
export async function load(options: {
  url: string;
  cookie?: string | undefined;
  query: string;
  variables: (i: number) => Record<string, unknown>;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ query: options.query, variables: options.variables(next++) }),
        }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    total: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}
