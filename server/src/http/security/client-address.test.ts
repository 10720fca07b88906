import { describe, expect, it } from 'vitest';
import { clientAddress, rateLimitKey } from './client-address.js';

describe('clientAddress', () => {
  it('uses the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7');
  });

  it('takes the address the trusted proxy appended, not what the client wrote before it', () => {
    const forged = '198.51.100.1, 203.0.113.7';
    expect(clientAddress('10.0.0.2', forged, 1)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', `${forged}, 10.0.0.9`, 2)).toBe('203.0.113.7');
  });

  it('falls back to the leftmost entry when there are fewer entries than proxies', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.7', 3)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', null, 1)).toBe('10.0.0.2');
  });

  it('is null without a socket', () => {
    expect(clientAddress(undefined, null, 0)).toBeNull();
  });
});

describe('rateLimitKey', () => {
  it('keeps IPv4 and unwraps IPv4-mapped IPv6', () => {
    expect(rateLimitKey('127.0.0.2')).toBe('127.0.0.2');
    expect(rateLimitKey('::ffff:127.0.0.2')).toBe('127.0.0.2');
  });

  it('counts a whole IPv6 /64 as one client', () => {
    expect(rateLimitKey('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKey('2001:0db8:0000:0001:ffff:2:3:4')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
  });
});
