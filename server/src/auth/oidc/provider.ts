import * as client from 'openid-client';
import type { OidcConfig } from '../../config.js';

/** The identity provider as openid-client knows it, after discovery. */
export type Provider = client.Configuration;

/**
 * Discovers the identity provider on first use, not at start-up: Rizoom starts (and password
 * sign-in works) while the provider is unreachable. A failed discovery is tried again next time.
 */
export function createProvider(oidc: OidcConfig): () => Promise<Provider> {
  let discovered: Promise<Provider> | null = null;
  return () => {
    discovered ??= discover(oidc).catch((error: unknown) => {
      discovered = null;
      throw error;
    });
    return discovered;
  };
}

function discover(oidc: OidcConfig): Promise<Provider> {
  const issuer = new URL(oidc.issuer);
  // ID tokens come straight from the token endpoint, but their signature is checked against
  // the provider's published keys (JWKS) all the same. Plain http only where the settings
  // allowed it: outside production.
  const execute = [client.enableNonRepudiationChecks];
  if (issuer.protocol === 'http:') execute.push(client.allowInsecureRequests);
  return client.discovery(
    issuer,
    oidc.clientId,
    oidc.clientSecret ? { client_secret: oidc.clientSecret } : undefined,
    // client_secret_basic is what OpenID Connect assumes when nothing else is registered.
    oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
    { execute, timeout: 10 },
  );
}
