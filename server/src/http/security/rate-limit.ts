import type { IncomingMessage } from 'node:http';
import { OperationTypeNode, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { clientAddress } from './client-address.js';
import { httpError } from './http-error.js';
import { countRootFields } from './root-fields.js';

export interface RateLimitOptions {
  /** GraphQL requests per minute per client address, per signed-in account, and sign-in
   * attempts per minute per address; 0 turns that limit off. */
  perAddress: number;
  perAccount: number;
  signInPerAddress: number;
  /** Reverse proxies in front that append to X-Forwarded-For (see `client-address.ts`). */
  trustedProxies: number;
}

/** The mutation that checks a password: the one brute force goes for. */
const signInField = 'signIn';

/**
 * Rate limits in this process's memory (`rate-limiter-flexible`). Several API processes would
 * each count on their own; they would share one count with its Redis-backed limiter instead.
 *
 * Two plugins, because they belong at different places in the plugin list:
 * - `perRequest` counts every GraphQL request by address as soon as Yoga starts on it, before
 *   the body is read;
 * - `perOperation` counts sign-in attempts once the document is known (after persisted
 *   operations have turned a hash into a document), and requests per account once the context
 *   names the viewer.
 */
export function createRateLimits(options: RateLimitOptions) {
  const byAddress = limiter(options.perAddress);
  const signInByAddress = limiter(options.signInPerAddress);
  const byAccount = limiter(options.perAccount);
  const addresses = new WeakMap<Request, string | null>();

  const perRequest: Plugin = {
    async onRequestParse({ request, serverContext }) {
      const address = clientAddress(
        nodeRequestOf(serverContext)?.socket.remoteAddress,
        request.headers.get('x-forwarded-for'),
        options.trustedProxies,
      );
      addresses.set(request, address);
      await spend(byAddress, address);
    },
  };

  const perOperation: Plugin = {
    async onParams({ params, request }) {
      const address = addresses.get(request) ?? null;
      if (!signInByAddress || address === null) return;
      const attempts = signInAttempts(params.query);
      if (attempts > 0) await spend(signInByAddress, address, attempts);
    },
    async onExecute({ args }) {
      await spend(byAccount, accountOf(args.contextValue));
    },
  };

  return { perRequest, perOperation };
}

function limiter(pointsPerMinute: number): RateLimiterMemory | null {
  return pointsPerMinute > 0
    ? new RateLimiterMemory({ points: pointsPerMinute, duration: 60 })
    : null;
}

/** Counts `points` against `key`; over the limit, a 429 with Retry-After. */
async function spend(limiter: RateLimiterMemory | null, key: string | null, points = 1) {
  if (!limiter || key === null) return;
  try {
    await limiter.consume(key, points);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw httpError('RATE_LIMITED', `Too many requests; try again in ${seconds} seconds.`, 429, {
      'Retry-After': String(seconds),
    });
  }
}

/** Documents that never mention the field are not parsed a second time. */
function signInAttempts(query: string | undefined): number {
  if (!query?.includes(signInField)) return 0;
  try {
    return countRootFields(parse(query), OperationTypeNode.MUTATION, signInField);
  } catch {
    return 0; // a syntax error: Yoga answers it, and nothing was tried
  }
}

/** The Node request behind a Yoga request served by `app.handle`; absent under `app.fetch`. */
function nodeRequestOf(serverContext: unknown): IncomingMessage | undefined {
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket ? req : undefined;
}

/** `context.viewer?.accountId`, once sign-in puts a viewer on the context. */
function accountOf(context: unknown): string | null {
  const viewer = (context as { viewer?: { accountId?: unknown } | null } | undefined)?.viewer;
  return typeof viewer?.accountId === 'string' ? viewer.accountId : null;
}
