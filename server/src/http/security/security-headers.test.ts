import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appPolicy, graphiqlPolicy, serializePolicy } from './security-headers.js';

describe('the content security policy', () => {
  it('allows only own scripts and, of inline styles, only the rule Cytoscape adds', () => {
    const policy = serializePolicy(appPolicy(false));
    expect(policy).toContain("script-src 'self';");
    const rule = '.__________cytoscape_container { position: relative; }';
    const hash = createHash('sha256').update(rule).digest('base64');
    expect(policy).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('upgrades insecure requests in production only', () => {
    expect(serializePolicy(appPolicy(true))).toMatch(/upgrade-insecure-requests$/);
    expect(serializePolicy(appPolicy(false))).not.toContain('upgrade-insecure-requests');
  });

  it('gives GraphiQL inline script and blob workers, and still no framing', () => {
    const policy = serializePolicy(graphiqlPolicy);
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
