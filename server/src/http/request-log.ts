import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import type { Context } from '../schema/context.js';

/**
 * One log line per GraphQL operation: its name and kind, who asked (account id), how long it
 * took and the error codes. Never the variables or the document: they may hold a BSN or a
 * subject key (the log-scan test checks a full run for both).
 */
export function useRequestLog(logger: Logger): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          logger.info(
            {
              operation: operation?.name?.value ?? null,
              kind: operation?.operation ?? null,
              fields: operation?.selectionSet.selections.length ?? 0,
              accountId: (args.contextValue as Context).viewer?.accountId ?? null,
              ms: Math.round(performance.now() - started),
              errors: errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
            },
            'graphql',
          );
        },
      };
    },
  };
}
