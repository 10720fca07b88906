import { isIPv6 } from 'node:net';

/**
 * The address a request came from, as the key its rate limits count under. Behind
 * `trustedProxies` reverse proxies the socket's peer is the nearest proxy, and the client is the
 * address the outermost trusted proxy appended to X-Forwarded-For; entries further left are the
 * client's own say and could be forged. Null when the request did not come over a socket
 * (`app.fetch` in tests).
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null,
  trustedProxies: number,
): string | null {
  let address = socketAddress;
  if (trustedProxies > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    address = hops[Math.max(0, hops.length - trustedProxies)] ?? address;
  }
  return address ? rateLimitKey(address) : null;
}

/**
 * IPv4 as is (also when written IPv4-mapped, ::ffff:a.b.c.d); IPv6 by its /64 prefix, since one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address per request.
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
