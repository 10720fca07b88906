import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import type { Context } from '../schema/context.js';

/**
 * Writes each request's audit events once the operation has run. Written after the response
 * data is ready but before it is sent, so no case data leaves without its trace.
 */
export function useAuditTrail(logger: Logger): Plugin<Context> {
  return {
    onExecute() {
      return {
        async onExecuteDone({ args }) {
          const context = args.contextValue as Context;
          try {
            await context.audit.flush();
          } catch (error) {
            // Never log event content; the failure itself is what matters.
            logger.error({ err: (error as Error).message }, 'audit events could not be written');
            throw error;
          }
        },
      };
    },
  };
}
