import { encodeGlobalID } from '@pothos/plugin-relay';

// The reads the API benchmarks ask, as Rizoom's GraphQL and as the peer's (@neo4j/graphql) for
// the same answer: active professionals in a current job, active ties to active others.

/** One organisation by id with a few scalar fields. */
export const rizoomSimple = /* GraphQL */ `
  query BenchSimple($id: ID!) {
    organisation(id: $id) { id name kind status }
  }
`;

/** An organisation, its professionals and their ties, and its own ties (each with the other end). */
export const rizoomNested = /* GraphQL */ `
  query BenchNested($id: ID!) {
    organisation(id: $id) {
      id name kind
      professionals {
        id name role email
        ties { id kind strength lastConfirmedAt neighbour { ... on Professional { id name } } }
      }
      ties { id kind strength lastConfirmedAt neighbour { ... on Organisation { id name kind } } }
    }
  }
`;

/** The network around a node (default filter), as the web app's map asks for it. */
export const rizoomNeighbourhood = /* GraphQL */ `
  query BenchNeighbourhood($id: ID!, $depth: Int!) {
    neighbourhood(id: $id, depth: $depth) {
      truncated
      center { id }
      nodes { id type label kind distance }
      edges { id source target relation tieKind }
    }
  }
`;

export const peerSimple = /* GraphQL */ `
  query PeerSimple($id: ID!) {
    organisations(where: { id: { eq: $id } }) { id name kind status }
  }
`;

const active = '{ edge: { status: { eq: "ACTIVE" } }, node: { status: { eq: "ACTIVE" } } }';
export const peerNested = /* GraphQL */ `
  query PeerNested($id: ID!) {
    organisations(where: { id: { eq: $id } }) {
      id name kind
      professionalsConnection(
        where: { edge: { to: { eq: null } }, node: { status: { eq: "ACTIVE" } } }
        sort: [{ node: { name: ASC } }]
      ) {
        edges {
          node {
            id name role email
            tiesConnection(where: ${active}) {
              edges { properties { id kind strength lastConfirmedAt } node { id name } }
            }
          }
        }
      }
      tiesConnection(where: ${active}) {
        edges { properties { id kind strength lastConfirmedAt } node { id name kind } }
      }
    }
  }
`;

export const organisationGlobalId = (id: string) => encodeGlobalID('Organisation', id);

/** A GraphQL endpoint and, for Rizoom, the session cookie to send. */
export interface Endpoint {
  url: string;
  cookie?: string;
}

/** Sends one operation; throws on an HTTP error or a GraphQL error, so failures are not timed. */
export async function post<T = Record<string, unknown>>(
  endpoint: Endpoint,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(endpoint.cookie ? { cookie: endpoint.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    const message = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
    throw new Error(`${endpoint.url}: ${message}`);
  }
  return body.data;
}
